namespace LmecKnowledgeSearch.Search;

public enum SearchSort
{
    Relevance,
    Date,
}

/// <summary>What the user asked for: query text, facet filters (public facet name → values, all must hold), paging and order.</summary>
public sealed record SearchRequest
{
    public const int MaxTop = 100;
    public const int MaxQueryLength = 1000;
    public const int MaxPage = 1000;

    public string? Query { get; init; }
    public int Top { get; init; } = 10;
    public int Page { get; init; } = 1;
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Throws <see cref="LmecException"/> (invalid input) for values no search can honour.</summary>
    public void Validate()
    {
        if (Top is < 1 or > MaxTop)
        {
            throw new LmecException(LmecErrorKind.InvalidInput, $"top must be between 1 and {MaxTop} (was {Top})");
        }

        if (Page is < 1 or > MaxPage)
        {
            throw new LmecException(LmecErrorKind.InvalidInput, $"page must be between 1 and {MaxPage} (was {Page})");
        }

        if (Query is { Length: > MaxQueryLength })
        {
            throw new LmecException(LmecErrorKind.InvalidInput, $"the query is too long ({Query.Length} characters; at most {MaxQueryLength})");
        }

        foreach (var name in Filters.Keys)
        {
            if (!Indexing.IndexSchema.Facets.Any(f => f.PublicName == name))
            {
                throw new LmecException(LmecErrorKind.InvalidInput, $"unknown filter '{name}'");
            }
        }
    }
}
