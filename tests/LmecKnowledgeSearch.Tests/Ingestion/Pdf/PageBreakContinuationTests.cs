using LmecKnowledgeSearch.Ingestion.Pdf;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Ingestion.Pdf;

public sealed class PageBreakContinuationTests
{
    private static PdfParagraph Para(string text, bool reachesRightMargin = true, double size = 10.5) => new(text, size, 3, reachesRightMargin);

    [Fact]
    public void Continues_an_english_sentence_cut_by_the_page_break()
    {
        Assert.True(PageBreakContinuation.Continues(
            Para("Countries show dominance values above baseline indicating that adaptation discourse"),
            Para("concentrates on a narrow set of topics.")));
    }

    [Fact]
    public void Continues_a_chinese_sentence_cut_by_the_page_break()
    {
        Assert.True(PageBreakContinuation.Continues(Para("通过在柬埔寨暹粒国家公园和中国云南西双版纳州景泰绿色产业"), Para("橡胶种植园开展环境友好型橡胶林试点。")));
    }

    [Fact]
    public void Does_not_continue_after_a_finished_sentence()
    {
        Assert.False(PageBreakContinuation.Continues(Para("提升跨部门的可持续生态系统管理能力。"), Para("联合国环境规划署国际生态系统管理伙伴关系重点围绕")));
        Assert.False(PageBreakContinuation.Continues(Para("The evidence is clear."), Para("the next paragraph starts oddly")));
    }

    [Fact]
    public void Does_not_continue_a_short_line_such_as_an_affiliation()
    {
        Assert.False(PageBreakContinuation.Continues(Para("大湄公河次区域项目协调员", reachesRightMargin: false), Para("联合国环境规划署国际生态系统管理伙伴关系")));
    }

    [Fact]
    public void Does_not_continue_into_a_capitalised_sentence_or_another_size()
    {
        Assert.False(PageBreakContinuation.Continues(Para("the analysis of adaptation plans"), Para("Chapter 2 situates climate adaptation")));
        Assert.False(PageBreakContinuation.Continues(Para("澜湄区域生态系统可持续管理"), Para("良好实践", size: 16)));
    }
}
