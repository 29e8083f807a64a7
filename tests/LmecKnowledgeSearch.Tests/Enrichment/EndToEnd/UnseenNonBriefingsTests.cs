using LmecKnowledgeSearch.Enrichment.Experts;
using LmecKnowledgeSearch.Tests.Enrichment.Experts;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.EndToEnd;

/// <summary>Written documents that name people and organisations but are not panels: no views may be invented.</summary>
public sealed class UnseenNonBriefingsTests
{
    private const string PaperWithAuthorBlock = """
        Floodplain Forests and Fisheries in the Lower Mekong

        Wei Zhang
        Institute of Geographic Sciences and Natural Resources Research

        Na Li
        School of Ecology and Environmental Science, Yunnan University

        Sokha Chea
        Inland Fisheries Research and Development Institute

        Abstract: Floodplain forests around the Tonle Sap provide spawning grounds for many fish species. We combine household surveys with remote sensing to estimate how forest loss affects catches, and find that villages near degraded forests report lower catches.

        Keywords: floodplain; fisheries; Mekong

        1. Introduction

        The lower Mekong supports one of the largest inland fisheries in the world, and floodplain forests are part of that system.
        """;

    private const string PressRelease = """
        New wetland centre opens in Kratie

        15 June 2023

        A new wetland education centre opened in Kratie on Thursday. “We hope the centre will help young people learn about the river,” said Dara Sok, director of the provincial environment department.

        Maria Gomez, Programme Officer, River Partners Foundation, said the centre was built with support from three villages. “Villagers collected the plants for the garden themselves,” she added.

        Chanthy Kim, Head, Kratie Community Fisheries Network, said fish catches had improved since patrols began in 2020.
        """;

    private const string ChineseNewsWithRoleLabels = """
        澜湄青年环保志愿者活动在景洪举行

        2023年8月5日

        8月5日，澜湄青年环保志愿者活动在云南景洪举行，来自六国的青年参加了河岸垃圾清理和植树活动。

        活动组织方表示，希望通过志愿服务增进青年之间的交流。

        记者：王晓
        编辑：李强
        """;

    private readonly BriefingStructureExtractor extractor = new();

    [Theory]
    [InlineData(PaperWithAuthorBlock)]
    [InlineData(PressRelease)]
    [InlineData(ChineseNewsWithRoleLabels)]
    public void Invents_no_expert_views(string text)
    {
        var views = extractor.Extract(ParagraphDocument.FromText(text))?.ExpertViews ?? [];

        Assert.Empty(views);
    }
}
