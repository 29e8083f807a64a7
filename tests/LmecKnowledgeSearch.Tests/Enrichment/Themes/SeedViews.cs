using LmecKnowledgeSearch.Tests.Fixtures;

namespace LmecKnowledgeSearch.Tests.Enrichment.Themes;

/// <summary>Paragraphs of the seed briefing, found by what they say rather than by position.</summary>
public static class SeedViews
{
    private static IReadOnlyList<string> Paragraphs => LabelledThemeUnits.Paragraphs(TestCorpus.ReadSeed());

    /// <summary>宋扬 (Oxfam): climate-friendly communities, livelihoods, rural women's adaptive capacity.</summary>
    public static string OxfamView => Find("乐施会希望");

    /// <summary>吴万洲 (Guangxi): a biomass combined heat and power plant replacing coal.</summary>
    public static string GuangxiBiomassView => Find("生物质热电联产");

    /// <summary>Makiko Yashiro (UNEP): environment-friendly rubber plantations, livelihoods and biodiversity.</summary>
    public static string UnepRubberView => Find("联合国环境规划署开发实施");

    /// <summary>Tatirose Vijitpan (UNEP IPBES): lists 性别 once among programme areas.</summary>
    public static string EcosystemPartnershipView => Find("国际生态系统管理伙伴关系重点围绕");

    /// <summary>The contact block: address, phone, fax, e-mail.</summary>
    public static string ContactBlock => Find("邮编");

    private static string Find(string marker) => Paragraphs.Single(p => p.Contains(marker, StringComparison.Ordinal));
}
