namespace LmecKnowledgeSearch.Model;

/// <summary>A theme assigned to a unit, with a score in [0,1] and the words that triggered it.</summary>
public sealed record ThemeTag(string Id, double Score, IReadOnlyList<string> Evidence);
