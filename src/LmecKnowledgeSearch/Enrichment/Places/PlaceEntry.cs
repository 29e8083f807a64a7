namespace LmecKnowledgeSearch.Enrichment.Places;

/// <summary>One gazetteer row. <see cref="Country"/> is resolved through parents when the row leaves it empty.</summary>
public sealed record PlaceEntry(
    string Id,
    PlaceKind Kind,
    string? ChineseName,
    IReadOnlyList<string> ChineseAliases,
    string? EnglishName,
    IReadOnlyList<string> EnglishAliases,
    string? Country,
    string? ParentId)
{
    /// <summary>Display name: the Chinese name where there is one.</summary>
    public string Name => ChineseName ?? EnglishName ?? Id;

    public IEnumerable<string> AllNames()
    {
        if (ChineseName is not null)
        {
            yield return ChineseName;
        }

        foreach (var alias in ChineseAliases)
        {
            yield return alias;
        }

        if (EnglishName is not null)
        {
            yield return EnglishName;
        }

        foreach (var alias in EnglishAliases)
        {
            yield return alias;
        }
    }
}
