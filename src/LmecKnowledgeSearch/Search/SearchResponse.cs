namespace LmecKnowledgeSearch.Search;

/// <summary>One hit as the CLI's --json and the web API print it. A public interface: keep the shape.</summary>
public sealed record SearchHit(
    string Id,
    string Kind,
    string Title,
    string Source,
    string? Speaker,
    string? Affiliation,
    IReadOnlyList<string> Themes,
    string? Date,
    string Snippet,
    double Score);

public sealed record FacetValue(string Value, int Count);

/// <summary>The result of a search. A public interface (lmec search --json, GET /api/search): keep the shape.</summary>
public sealed record SearchResponse(
    string Query,
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);
