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
    double Score)
{
    /// <summary>What the card is, in a line: speaker and affiliation for a view, what and where for a case study, the title (and heading) otherwise.</summary>
    public string Label { get; init; } = Title;

    /// <summary>The unit's own detail lines (a case study's what/where/who, a view's speaker and event).</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    /// <summary>Case studies told inside this expert view, shown on its card instead of as cards of their own.</summary>
    public IReadOnlyList<FoldedCaseStudy> CaseStudies { get; init; } = [];
}

/// <summary>A case study shown inside the card of the expert view that tells it.</summary>
public sealed record FoldedCaseStudy(string Id, string Label, IReadOnlyList<string> Details);

public sealed record FacetValue(string Value, int Count)
{
    /// <summary>The value's English name where the gazetteer, the organisation list or the glossary knows it (the value itself is mostly Chinese).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? English { get; init; }

    /// <summary>The value's Chinese name where known and the value is not Chinese already.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Chinese { get; init; }
}

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
public sealed record DocumentView(string Id, string Title, string Source, string? Date, string Language, string Html)
{
    /// <summary>The same text for reading: headings, paragraphs and the briefing's speakers as sections, with the units that start in each block.</summary>
    public IReadOnlyList<DocumentBlock> Blocks { get; init; } = [];
}

/// <summary>
/// One block of a document view. <see cref="Kind"/> is "heading", "paragraph" or "speaker" (the heading of an expert
/// view's section: its <see cref="Html"/> names the speaker and affiliation); <see cref="Units"/> are the ids of the
/// units whose text starts in this block (the targets of links to a unit's place in the document).
/// </summary>
public sealed record DocumentBlock(string Kind, string Html, IReadOnlyList<string> Units, bool Marked);

/// <summary>A unit with its retrieval score, for the answerer.</summary>
public sealed record ScoredUnit(IndexUnit Unit, double Score);
