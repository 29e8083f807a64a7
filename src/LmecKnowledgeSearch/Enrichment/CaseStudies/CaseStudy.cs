namespace LmecKnowledgeSearch.Enrichment.CaseStudies;

/// <summary>A pilot, demonstration, project or programme described in a passage: what was done, where, by whom.</summary>
public sealed record CaseStudy(
    string Text,
    string Summary,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> Organisations);
