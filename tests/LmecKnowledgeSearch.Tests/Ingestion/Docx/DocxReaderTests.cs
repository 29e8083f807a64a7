using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LmecKnowledgeSearch.Ingestion;
using LmecKnowledgeSearch.Ingestion.Docx;
using LmecKnowledgeSearch.Ingestion.Text;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Ingestion.Docx;

public sealed class DocxReaderTests : IDisposable
{
    private readonly DocxReader reader = new();
    private readonly ScratchDirectory scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task Reads_every_paragraph_of_the_seed_rendition()
    {
        var seed = PlainTextReader.SplitParagraphs(TestCorpus.ReadSeed());

        var document = Assert.IsType<ReadResult.Success>(
            await reader.ReadAsync(Path.Combine(TestCorpus.RepoCorpus, "lmec-briefing-2022-11.docx"))).Document;

        var text = ComparableText.Of(document.Text);
        Assert.All(seed, paragraph => Assert.Contains(ComparableText.Of(paragraph), text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reads_heading_styles_tables_and_core_properties_in_document_order()
    {
        var path = Path.Combine(scratch.Path, "styled.docx");
        using (var package = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                StyleOf("Title", "Title"),
                StyleOf("Heading1", "heading 1"),
                StyleOf("1", "标题 1"), // Chinese Word names its styles by number
                StyleOf("2", "标题 2"),
                new Style(new StyleName { Val = "Quote Heading" }, new BasedOn { Val = "2" }) { Type = StyleValues.Paragraph, StyleId = "a5" });
            main.Document = new Document(new Body(
                Para("绿色澜湄计划简报", "Title"),
                Para("专题二：生态基础设施", "Heading1"),
                Para("专家观点", "1"),
                Para("Makiko Yashiro", "a5"),
                Para("通过在中国云南西双版纳州开展试点。", null),
                new Table(new TableRow(
                    new TableCell(Para("陈英豪", null), Para("副研究员", null)),
                    new TableCell(Para("澜沧江-湄公河环境合作中心", null)))),
                Para("结语。", null)));
            package.PackageProperties.Title = "澜湄简报 2022 年第 11 期";
            package.PackageProperties.Creator = "澜沧江-湄公河环境合作中心";
            package.PackageProperties.Created = new DateTime(2022, 5, 20, 8, 0, 0, DateTimeKind.Utc);
        }

        var document = Assert.IsType<ReadResult.Success>(await reader.ReadAsync(path)).Document;

        Assert.Equal(
            [
                new TextBlock(BlockKind.Title, "绿色澜湄计划简报", 1),
                new TextBlock(BlockKind.Heading, "专题二：生态基础设施", 1),
                new TextBlock(BlockKind.Heading, "专家观点", 1),
                new TextBlock(BlockKind.Heading, "Makiko Yashiro", 2),
                new TextBlock(BlockKind.Paragraph, "通过在中国云南西双版纳州开展试点。"),
                new TextBlock(BlockKind.TableCell, "陈英豪\n副研究员"),
                new TextBlock(BlockKind.TableCell, "澜沧江-湄公河环境合作中心"),
                new TextBlock(BlockKind.Paragraph, "结语。"),
            ],
            document.Blocks);
        Assert.Equal("澜湄简报 2022 年第 11 期", document.Properties.Title);
        Assert.Equal(["澜沧江-湄公河环境合作中心"], document.Properties.Authors);
        Assert.Equal(new DateOnly(2022, 5, 20), document.Properties.Date);
    }

    [Fact]
    public async Task Reports_a_file_that_is_not_a_zip_as_corrupt()
    {
        var failure = Assert.IsType<ReadResult.Failure>(await reader.ReadAsync(scratch.Write("fake.docx", TestCorpus.ReadSeed())));

        Assert.Equal(ReadFailureKind.Corrupt, failure.Kind);
        Assert.Equal("not a DOCX (zip) package", failure.Reason);
    }

    [Fact]
    public async Task Reports_a_zip_without_a_word_document_as_corrupt()
    {
        var path = Path.Combine(scratch.Path, "other.docx");
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a word document");
        }

        var failure = Assert.IsType<ReadResult.Failure>(await reader.ReadAsync(path));

        Assert.Equal(ReadFailureKind.Corrupt, failure.Kind);
        Assert.NotEmpty(failure.Reason);
    }

    [Fact]
    public async Task Reports_a_truncated_docx_as_corrupt()
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(TestCorpus.RepoCorpus, "lmec-briefing-2022-11.docx"));

        var failure = Assert.IsType<ReadResult.Failure>(await reader.ReadAsync(scratch.Write("half.docx", bytes[..(bytes.Length / 2)])));

        Assert.Equal(ReadFailureKind.Corrupt, failure.Kind);
    }

    [SharedCorpusFact]
    public async Task Reads_the_shared_thesis_docx_with_the_same_words_as_its_pdf()
    {
        var folder = Path.Combine(TestCorpus.SharedCorpus!, "thesis-climate-adaptation-en");
        var docx = Assert.IsType<ReadResult.Success>(await reader.ReadAsync(Directory.GetFiles(folder, "*.docx").Single())).Document;

        Assert.True(docx.Text.Length > 10_000, $"only {docx.Text.Length} characters read");
        Assert.Contains(docx.Blocks, b => b.Kind is BlockKind.Heading or BlockKind.Title);
    }

    private static Style StyleOf(string id, string name) =>
        new(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };

    private static Paragraph Para(string text, string? styleId)
    {
        var paragraph = new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text)));
        if (styleId is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        }

        return paragraph;
    }
}
