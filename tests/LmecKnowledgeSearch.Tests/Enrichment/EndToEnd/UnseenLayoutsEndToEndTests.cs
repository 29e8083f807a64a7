using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.EndToEnd;

/// <summary>The briefing of <see cref="UnseenLayouts"/> indexed on its own.</summary>
public sealed class UnseenLayoutsKnowledgeBase : WrittenCorpusKnowledgeBase
{
    protected override void Write(TempCorpus corpus)
    {
        corpus.Write("affiliation-above.txt", UnseenLayouts.AffiliationAbove);
    }
}

public sealed class UnseenLayoutsEndToEndTests(UnseenLayoutsKnowledgeBase kb) : IClassFixture<UnseenLayoutsKnowledgeBase>
{
    [Fact]
    public void Finds_speakers_printed_under_their_affiliation()
    {
        var views = kb.Units("affiliation-above.txt", UnitKinds.ExpertView);

        Assert.Equal(["李楠", "Kakuko Nagatani-Yoshida", "Pralong Dumrongthai"], views.Select(v => v.Speaker));
        Assert.Equal(["世界自然基金会北京代表处项目主任", "联合国环境规划署亚太区办公室化学品与污染行动项目官员", "泰国污染控制厅副厅长"], views.Select(v => v.Affiliation));
    }

    [Fact]
    public void Keeps_every_paragraph_of_a_statement_in_its_view()
    {
        var first = kb.Units("affiliation-above.txt", UnitKinds.ExpertView)[0];

        Assert.Contains("无塑城市试点", first.Text, StringComparison.Ordinal);
        Assert.Contains("自带购物袋", first.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_one_line_masthead()
    {
        var document = kb.Units("affiliation-above.txt", UnitKinds.Document).Single();

        Assert.Equal("briefing", document.DocumentType);
        Assert.Equal(new DateOnly(2023, 3, 8), document.Date);
        Assert.Equal("澜湄流域塑料污染治理经验交流会专家观点", document.Title);
        Assert.Contains(document.Details, d => d.StartsWith("issue: ", StringComparison.Ordinal) && d.Contains("第3期", StringComparison.Ordinal));
    }

    [Fact]
    public void Finds_the_recycling_case_in_thailand()
    {
        var cases = kb.Units("affiliation-above.txt", UnitKinds.CaseStudy);

        Assert.Contains(cases, c => c.Speaker == "Pralong Dumrongthai" && c.Places.Any(p => p.StartsWith("曼谷", StringComparison.Ordinal)));
    }
}
