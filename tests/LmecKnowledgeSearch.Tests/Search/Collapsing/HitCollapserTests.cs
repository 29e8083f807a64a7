using LmecKnowledgeSearch.Search.Collapsing;
using LmecKnowledgeSearch.Search.Facets;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Search.Collapsing;

public sealed class HitCollapserTests
{
    private static readonly long Paper = SimHash.Compute("一篇关于三江源国家公园的论文，讲了许多保护试点和社区项目。");
    private static readonly long News = SimHash.Compute("A news item about flood early warning in the lower Mekong delta provinces.");

    private static Match Case(int doc, float score, long document) =>
        new(doc, score, 0, true, SimHash.Compute("case " + doc), document, UnitKinds.CaseStudy);

    [Fact]
    public void Moves_a_documents_third_and_later_case_studies_behind_other_hits()
    {
        var bestFirst = new[]
        {
            Case(1, 9, Paper), Case(2, 8, Paper), Case(3, 7, Paper), Case(4, 6, Paper),
            new Match(5, 5, 0, false, News, News, UnitKinds.Passage),
        };

        var diversified = HitCollapser.Diversify(bestFirst, maxPerDocument: 2);

        Assert.Equal([1, 2, 5, 3, 4], diversified.Select(m => m.Doc));
    }

    [Fact]
    public void Counts_the_documents_own_hit_towards_its_share_of_the_page()
    {
        var bestFirst = new[]
        {
            new Match(1, 9, 0, false, Paper, Paper, UnitKinds.Passage),
            Case(2, 8, Paper), Case(3, 7, Paper),
            new Match(4, 5, 0, false, News, News, UnitKinds.Passage),
        };

        var diversified = HitCollapser.Diversify(bestFirst, maxPerDocument: 2);

        Assert.Equal([1, 2, 4, 3], diversified.Select(m => m.Doc));
    }

    [Fact]
    public void Keeps_a_case_study_and_the_expert_view_it_quotes_as_two_hits()
    {
        var statement = SimHash.Compute("2020年保护国际基金会在东江流域关键水源地成功开展了基于社区的水资源管理试点工作。");
        var bestFirst = new[]
        {
            new Match(1, 9, 0, true, statement, Paper, UnitKinds.CaseStudy),
            new Match(2, 8, 0, true, statement, Paper, UnitKinds.ExpertView),
        };

        var collapsed = HitCollapser.Collapse(bestFirst, groupDocuments: true);

        Assert.Equal(2, collapsed.Count);
    }
}
