using LmecKnowledgeSearch.Enrichment.Metadata;
using LmecKnowledgeSearch.Tests.Enrichment.Experts;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.EndToEnd;

/// <summary>The two-speaker briefing with its masthead date and issue written the other ways briefings write them.</summary>
public sealed class UnseenMastheadDateTests
{
    private readonly DocumentMetadataExtractor extractor = new();

    [Theory]
    [InlineData("2024年1月10日")]
    [InlineData("2024-01-10")]
    [InlineData("2024.01.10")]
    [InlineData("2024/1/10")]
    [InlineData("二〇二四年一月十日")]
    [InlineData("2024年01月10日")]
    public void Reads_the_publication_date_in_any_common_form(string written)
    {
        var text = UnseenBriefings.TwoSpeakers.Replace("2024年1月10日", written, StringComparison.Ordinal);

        var metadata = extractor.Extract(ParagraphDocument.FromText(text), "two-speakers.txt");

        Assert.Equal(new DateOnly(2024, 1, 10), metadata.Date);
        Assert.Equal("briefing", metadata.DocumentType);
    }

    [Theory]
    [InlineData("2024年 第1期", "第1期")]
    [InlineData("2024年第1期（总第25期）", "总第25期")]
    [InlineData("第一期", "第一期")]
    [InlineData("简报 2024年第1期", "第1期")]
    public void Reads_the_issue_number_in_any_common_form(string written, string expected)
    {
        var text = UnseenBriefings.TwoSpeakers.Replace("2024年 第1期", written, StringComparison.Ordinal);

        var metadata = extractor.Extract(ParagraphDocument.FromText(text), "two-speakers.txt");

        Assert.Contains(expected, metadata.IssueNumber, StringComparison.Ordinal);
        Assert.Equal("澜湄绿色发展伙伴对话会 专家观点", metadata.Title);
    }
}
