using LmecKnowledgeSearch.Ingestion;
using LmecKnowledgeSearch.Ingestion.Pdf;
using LmecKnowledgeSearch.Ingestion.Text;
using LmecKnowledgeSearch.Tests.Fixtures;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Ingestion.Pdf;

public sealed class PdfReadingOrderTests : IDisposable
{
    private readonly PdfReader reader = new();
    private readonly ScratchDirectory scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task Gives_the_seed_renditions_paragraphs_in_the_order_of_the_text_seed()
    {
        var seed = PlainTextReader.SplitParagraphs(TestCorpus.ReadSeed()).Select(ComparableText.Of).ToList();

        var document = Assert.IsType<ReadResult.Success>(await reader.ReadAsync(Path.Combine(TestCorpus.RepoCorpus, "lmec-briefing-2022-11.pdf"))).Document;
        var pdf = document.Blocks.Select(b => ComparableText.Of(b.Text)).ToList();

        // Each seed paragraph must be a run of whole PDF blocks (a name and its affiliation may be two), in order.
        var matched = 0;
        var next = 0;
        foreach (var paragraph in seed)
        {
            if (RunOfBlocks(pdf, paragraph, next) is { } end)
            {
                matched++;
                next = end;
            }
        }

        Assert.True(matched >= seed.Count * 0.9, $"{matched} of {seed.Count} seed paragraphs found as whole blocks in order");
    }

    [Fact]
    public async Task Puts_a_name_written_after_the_line_below_it_back_above_it()
    {
        var pdf = Build(page =>
        {
            Text(page, "Affiliation of the speaker, written first", 72, 680);
            Text(page, "Speaker Name", 72, 700);
            Text(page, "The speaker said that the project worked well.", 72, 650);
        });

        var texts = await BlockTexts(pdf);

        Assert.Equal(["Speaker Name", "Affiliation of the speaker, written first", "The speaker said that the project worked well."], texts);
    }

    [Fact]
    public async Task Puts_a_word_written_last_back_into_its_line()
    {
        var pdf = Build(page =>
        {
            Text(page, "farmers' income", 72, 700);
            Text(page, "environmental awareness.", 172, 700);
            Text(page, "and", 152, 700);
        });

        var texts = await BlockTexts(pdf);

        Assert.Equal(["farmers' income and environmental awareness."], texts);
    }

    [Fact]
    public async Task Reads_two_columns_one_after_the_other_under_a_full_width_title()
    {
        var pdf = Build(page =>
        {
            // Written right column first and bottom-up, so content order would read it all backwards.
            for (var i = 5; i >= 0; i--)
            {
                Text(page, $"right column line {i} goes on", 320, 640 - (i * 14));
            }

            for (var i = 5; i >= 0; i--)
            {
                Text(page, $"left column line {i} goes on", 72, 640 - (i * 14));
            }

            Text(page, "A title across both columns", 72, 700, 16);
        });

        var text = string.Join("\n", await BlockTexts(pdf));

        var positions = new List<int> { text.IndexOf("A title", StringComparison.Ordinal) };
        positions.AddRange(Enumerable.Range(0, 6).Select(i => text.IndexOf($"left column line {i} ", StringComparison.Ordinal)));
        positions.AddRange(Enumerable.Range(0, 6).Select(i => text.IndexOf($"right column line {i} ", StringComparison.Ordinal)));
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    private async Task<IReadOnlyList<string>> BlockTexts(byte[] pdf)
    {
        var result = await reader.ReadAsync(scratch.Write("built.pdf", pdf));
        return Assert.IsType<ReadResult.Success>(result).Document.Blocks.Select(b => b.Text).ToList();
    }

    private static byte[] Build(Action<(PdfPageBuilder Page, PdfDocumentBuilder.AddedFont Font)> write)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        write((builder.AddPage(PageSize.Letter), font));
        return builder.Build();
    }

    private static void Text((PdfPageBuilder Page, PdfDocumentBuilder.AddedFont Font) target, string text, double x, double y, double size = 10) =>
        target.Page.AddText(text, size, new PdfPoint(x, y), target.Font);

    /// <summary>The index after the first run of consecutive blocks, from <paramref name="from"/> on, that spells exactly the paragraph.</summary>
    private static int? RunOfBlocks(IReadOnlyList<string> blocks, string paragraph, int from)
    {
        for (var start = from; start < blocks.Count; start++)
        {
            var joined = string.Empty;
            for (var end = start; end < blocks.Count && paragraph.StartsWith(joined + blocks[end], StringComparison.Ordinal); end++)
            {
                joined += blocks[end];
                if (joined.Length == paragraph.Length)
                {
                    return end + 1;
                }
            }
        }

        return null;
    }
}
