using System.Text.Json.Serialization;

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
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    /// <summary>
    /// True when there were too many matches to collapse them all: the total and the facet counts are then estimates
    /// (shown as "≈"), from the ranked window and an even sample of the matches; the hits are ranked as usual.
    /// Left out of the JSON when false, so exact responses keep their shape.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Approximate { get; init; }
}

/// <summary>A whole document for reading: its text as escaped HTML with the query's matches in &lt;mark&gt;.</summary>
public sealed record DocumentView(string Id, string Title, string Source, string? Date, string Language, string Html);

/// <summary>A unit with its retrieval score, for the answerer.</summary>
public sealed record ScoredUnit(IndexUnit Unit, double Score);
