using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Tests.Enrichment.CaseStudies;

/// <summary>
/// A generous hand-written recogniser that finds places or organisations by their form alone (…省, …市, …县, …村,
/// capitalised English names; …局, …部, …研究所, …基金会, acronyms). It finds more than a gazetteer would, so a rate
/// measured with it is an upper bound on what the real recognisers give.
/// </summary>
public sealed partial class FormEntityRecognizer : IEntityRecognizer
{
    private readonly Regex _pattern;

    private FormEntityRecognizer(Regex pattern)
    {
        _pattern = pattern;
    }

    public static FormEntityRecognizer Places { get; } = new(PlacePattern());

    public static FormEntityRecognizer Organisations { get; } = new(OrganisationPattern());

    public IReadOnlyList<EntityMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. _pattern.Matches(text).Select(m => new EntityMention(m.Value, m.Value, m.Index, m.Length))];
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{2,4}?(?:省|市|县|州|区|镇|乡|村|河|江|湖)|中国|云南|广西|老挝|缅甸|泰国|柬埔寨|越南|湄公河|\b[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?\b")]
    private static partial Regex PlacePattern();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{2,8}?(?:局|部|厅|委员会|研究所|研究院|研究中心|基金会|协会|大学|公司|集团|银行|政府)|\b[A-Z]{2,6}\b|\b(?:[A-Z][a-z]+\s){1,4}(?:Institute|University|Foundation|Commission|Ministry|Bank|Fund|Programme|Agency)\b")]
    private static partial Regex OrganisationPattern();
}
