using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Search.Collapsing;
using LmecKnowledgeSearch.Search.Facets;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Search.Collapsing;

public sealed class CaseStudyFoldingTests
{
    private const string ZhangYanView = "云南省在勐腊龙林、景泰环保橡胶种植园以及纳板河流域开展环境友好型生态胶园示范区建设。通过种植茶、可可、咖啡和药用植物等改变种植结构。";
    private const string ZhangYanCase = "云南省在勐腊龙林、景泰环保橡胶种植园以及纳板河流域开展环境友好型生态胶园示范区建设。";
    private static readonly long Briefing = SimHash.Compute("澜湄简报 2022年 第11期 绿色澜湄计划 专家观点");

    private static readonly Dictionary<int, TellerAndText> Units = new()
    {
        [1] = new("张燕", ZhangYanCase),
        [2] = new(null, "一段没有发言人的段落，讲的是橡胶林。"),
        [3] = new("张燕", ZhangYanView),
        [4] = new("陈英豪", "通过在橡胶林种植灌木、草本经济作物，或林下饲养家禽，用以改善单一橡胶林种植方式。"),
        [5] = new("陈英豪", "另一位发言人讲的一个案例：在橡胶林里套种咖啡。"),
    };

    private static Match Hit(int doc, float score, string kind) => new(doc, score, 0, kind != UnitKinds.Passage, doc, Briefing, kind);

    [Fact]
    public void A_case_joins_the_card_of_the_view_that_tells_it_and_the_view_takes_the_better_place()
    {
        var bestFirst = new[] { Hit(1, 9, UnitKinds.CaseStudy), Hit(2, 8, UnitKinds.Passage), Hit(3, 7, UnitKinds.ExpertView) };

        var folded = CaseStudyFolding.Fold(bestFirst, doc => Units[doc]);

        Assert.Equal([3, 2], folded.Hits.Select(h => h.Doc));
        Assert.Equal(9, folded.Hits[0].Score);
        Assert.Equal([1], folded.CasesByView[3]);
    }

    [Fact]
    public void A_case_whose_words_its_speakers_view_on_the_list_does_not_hold_stays_a_card()
    {
        var bestFirst = new[] { Hit(4, 9, UnitKinds.ExpertView), Hit(5, 8, UnitKinds.CaseStudy) };

        var folded = CaseStudyFolding.Fold(bestFirst, doc => Units[doc]);

        Assert.Equal([4, 5], folded.Hits.Select(h => h.Doc));
        Assert.Empty(folded.CasesByView);
    }
}
