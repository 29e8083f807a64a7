using LmecKnowledgeSearch.Ingestion;
using LmecKnowledgeSearch.Ingestion.Pdf;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Ingestion.Pdf;

public sealed class PdfPageFurnitureTests
{
    private static PdfParagraph Body(string text) => new(text, 10.5, 3);

    private static IReadOnlyList<PdfParagraph> Page(int number, int of, params string[] body) =>
        [new("清华大学赴鸟岛支队", 9, 1), .. body.Select(Body), new($"{number} / {of}", 9, 1)];

    [Fact]
    public void Removes_a_running_header_and_page_numbers_repeated_on_every_page()
    {
        var pages = new[]
        {
            Page(1, 3, "青海湖水位波动对水鸟的影响。"),
            Page(2, 3, "本次调查报告获得了管理局的数据支持。"),
            Page(3, 3, "水位上升淹没了部分繁殖地。"),
        };

        var kept = PdfPageFurniture.Remove(pages);

        Assert.Equal(
            [["青海湖水位波动对水鸟的影响。"], ["本次调查报告获得了管理局的数据支持。"], ["水位上升淹没了部分繁殖地。"]],
            kept.Select(p => p.Select(x => x.Text).ToArray()).ToArray());
    }

    [Fact]
    public void Keeps_text_repeated_in_the_middle_of_pages()
    {
        string[] body = ["开头。", "另一段。", "结论：水位变化影响水鸟。", "中间段落。", "结尾。"];
        var pages = Enumerable.Range(1, 4).Select(_ => (IReadOnlyList<PdfParagraph>)body.Select(Body).ToList()).ToList();

        var kept = PdfPageFurniture.Remove(pages);

        Assert.All(kept, page => Assert.Contains(page, p => p.Text == "结论：水位变化影响水鸟。"));
    }

    [Fact]
    public void Keeps_edge_paragraphs_of_a_short_document_that_happen_to_repeat_twice()
    {
        var pages = new[]
        {
            (IReadOnlyList<PdfParagraph>)[Body("Makiko Yashiro"), Body("观点一。")],
            [Body("Makiko Yashiro"), Body("观点二。")],
        };

        var kept = PdfPageFurniture.Remove(pages);

        Assert.All(kept, page => Assert.Equal("Makiko Yashiro", page[0].Text));
    }

    [Theory]
    [InlineData("第 3 页")]
    [InlineData("- 12 -")]
    [InlineData("Page 4 of 10")]
    [InlineData("7")]
    public void Removes_a_lone_page_number_at_the_foot_of_a_page(string footer)
    {
        var pages = new[] { (IReadOnlyList<PdfParagraph>)[Body("正文第一段。"), Body("正文第二段。"), Body(footer)] };

        var kept = PdfPageFurniture.Remove(pages);

        Assert.Equal(["正文第一段。", "正文第二段。"], kept[0].Select(p => p.Text));
    }

    [SharedCorpusFact]
    public async Task Leaves_no_page_number_blocks_in_the_shared_pdfs()
    {
        var reader = new PdfReader();
        var pdfs = Directory.EnumerateFiles(TestCorpus.SharedCorpus!, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));
        foreach (var pdf in pdfs)
        {
            if (await reader.ReadAsync(pdf) is ReadResult.Success success)
            {
                Assert.DoesNotContain(success.Document.Blocks, b => System.Text.RegularExpressions.Regex.IsMatch(b.Text, @"^(第 ?\d+ ?页|\d+ ?/ ?\d+)$"));
            }
        }
    }
}
