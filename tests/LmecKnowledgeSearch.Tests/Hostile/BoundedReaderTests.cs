using System.IO.Compression;
using System.Text;
using LmecKnowledgeSearch.Ingestion;
using LmecKnowledgeSearch.Ingestion.Docx;
using LmecKnowledgeSearch.Ingestion.Html;
using LmecKnowledgeSearch.Ingestion.Markdown;
using LmecKnowledgeSearch.Ingestion.Pdf;
using LmecKnowledgeSearch.Tests.Fixtures;
using LmecKnowledgeSearch.Tests.Ingestion;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Hostile;

/// <summary>
/// Readers are bounded (issue 12): zip bombs, page floods and deep nesting are built here, small, and met with limits
/// lowered to their size, so each test stays fast while exercising the same checks as the real limits.
/// </summary>
public sealed class BoundedReaderTests : IDisposable
{
    private readonly ScratchDirectory scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task A_docx_whose_document_part_unpacks_far_beyond_its_size_is_refused_before_it_is_inflated()
    {
        // 4 MB of text compresses to a few kB: the shape of the 1.4 MB file that unpacked to 1 GB.
        var bomb = Docx(new string('A', 4 * 1024 * 1024), extraParts: 0);
        Assert.True(bomb.Length < 64 * 1024);
        var reader = new DocxReader(limits: ZipLimits.Default with { MaxXmlPartBytes = 1024 * 1024 });

        var result = await reader.ReadAsync(scratch.Write("bomb.docx", bomb));

        var failure = Assert.IsType<ReadResult.Failure>(result);
        Assert.Equal(ReadFailureKind.TooLarge, failure.Kind);
        Assert.Contains("word/document.xml", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_docx_with_too_many_parts_or_too_much_unpacked_data_is_refused()
    {
        var manyParts = scratch.Write("many.docx", Docx("湄公河", extraParts: 50));
        var big = scratch.Write("big.docx", Docx(new string('B', 2 * 1024 * 1024), extraParts: 0));

        var tooMany = await new DocxReader(limits: ZipLimits.Default with { MaxEntries = 20 }).ReadAsync(manyParts);
        var tooBig = await new DocxReader(limits: ZipLimits.Default with { MaxTotalUncompressedBytes = 1024 * 1024 }).ReadAsync(big);

        Assert.Equal(ReadFailureKind.TooLarge, Assert.IsType<ReadResult.Failure>(tooMany).Kind);
        Assert.Contains("parts", ((ReadResult.Failure)tooMany).Reason, StringComparison.Ordinal);
        Assert.Equal(ReadFailureKind.TooLarge, Assert.IsType<ReadResult.Failure>(tooBig).Kind);
        Assert.IsType<ReadResult.Success>(await new DocxReader().ReadAsync(manyParts));
    }

    [Fact]
    public async Task The_seed_docx_is_within_the_default_limits()
    {
        var result = await new DocxReader().ReadAsync(Path.Combine(TestCorpus.RepoCorpus, "lmec-briefing-2022-11.docx"));

        Assert.IsType<ReadResult.Success>(result);
    }

    [Fact]
    public async Task A_pdf_over_the_page_limit_or_with_a_page_of_too_many_glyphs_is_refused()
    {
        var fivePages = scratch.Write("five.pdf", Pdf(Enumerable.Range(1, 5).Select(p => (IReadOnlyList<string>)[$"Observation {p} of the wetland survey."]).ToList()));
        var dense = scratch.Write("dense.pdf", Pdf([[.. Enumerable.Repeat("Dense line of glyphs filling the page.", 40)]]));

        var overPages = await new PdfReader(maxPages: 3).ReadAsync(fivePages);
        var overGlyphs = await new PdfReader(maxPageLetters: 500).ReadAsync(dense);

        Assert.Contains("over the limit of 3", Assert.IsType<ReadResult.Failure>(overPages).Reason, StringComparison.Ordinal);
        Assert.Equal(ReadFailureKind.TooLarge, ((ReadResult.Failure)overPages).Kind);
        Assert.Equal(ReadFailureKind.TooLarge, Assert.IsType<ReadResult.Failure>(overGlyphs).Kind);
        Assert.IsType<ReadResult.Success>(await new PdfReader().ReadAsync(fivePages));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(60)]
    public async Task A_pdf_of_one_repeated_page_template_keeps_its_body_text(int pages)
    {
        // Every page the same form, filled in differently: the repeats are the document, not a running header.
        var pdf = scratch.Write("template.pdf", Pdf(Enumerable.Range(1, pages).Select(p => (IReadOnlyList<string>)
        [
            "Monitoring record form - Station template",
            $"Record {p}: water level {p * 37 % 500} cm, turbidity {p * 11 % 90} NTU",
            $"Observer notes for site {p}: flooding reached the rice fields near village {p * 7 % 300}.",
            $"Page {p}",
        ]).ToList()));

        var result = await new PdfReader().ReadAsync(pdf);

        var text = string.Join("\n", Assert.IsType<ReadResult.Success>(result).Document.Blocks.Select(b => b.Text));
        for (var p = 1; p <= pages; p++)
        {
            Assert.Contains($"Observer notes for site {p}:", text, StringComparison.Ordinal);
            Assert.Contains($"Record {p}:", text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain($"Page {pages}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deeply_nested_markdown_and_html_are_read_without_exhausting_the_stack()
    {
        const int depth = 50_000;
        var markdown = scratch.Write("deep.md", new string('>', depth) + " 越南湄公河平原的稻虾轮作。\n\n" + new string('[', depth) + "链接" + new string(']', depth) + "\n\n" + string.Concat(Enumerable.Repeat("- ", 5_000)) + "列表\n");
        var html = scratch.Write("deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", depth)) + "<p>稻虾轮作减少了化肥用量。</p></body></html>");

        var fromMarkdown = await new MarkdownReader().ReadAsync(markdown);
        var fromHtml = await new HtmlReader().ReadAsync(html);

        Assert.Contains("稻虾轮作", string.Concat(Assert.IsType<ReadResult.Success>(fromMarkdown).Document.Blocks.Select(b => b.Text)), StringComparison.Ordinal);
        Assert.Contains("稻虾轮作", string.Concat(Assert.IsType<ReadResult.Success>(fromHtml).Document.Blocks.Select(b => b.Text)), StringComparison.Ordinal);
        Assert.True(HtmlNesting.MaxParsedDepth < depth);
    }

    [Fact]
    public async Task A_cancelled_read_stops_between_pages()
    {
        var pdf = scratch.Write("long.pdf", Pdf(Enumerable.Range(1, 30).Select(p => (IReadOnlyList<string>)[$"Paragraph on page {p}."]).ToList()));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new PdfReader().ReadAsync(pdf, cancelled.Token));
    }

    private static byte[] Docx(string bodyText, int extraParts)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Part(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Part(zip, "word/document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{bodyText}</w:t></w:r></w:p></w:body></w:document>""");
            for (var i = 0; i < extraParts; i++)
            {
                Part(zip, $"customXml/item{i}.xml", "<x/>");
            }
        }

        return output.ToArray();
    }

    private static void Part(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }

    private static byte[] Pdf(IReadOnlyList<IReadOnlyList<string>> pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 780.0;
            foreach (var line in lines)
            {
                page.AddText(line, 11, new PdfPoint(60, y), font);
                y -= lines.Count > 10 ? 18 : 60;
            }
        }

        return builder.Build();
    }
}
