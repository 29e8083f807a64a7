namespace LmecKnowledgeSearch.Model;

/// <summary>The organisations, places and countries a unit names, each by its canonical display name.</summary>
public sealed record UnitEntities(IReadOnlyList<string> Organisations, IReadOnlyList<string> Places, IReadOnlyList<string> Countries)
{
    public static UnitEntities None { get; } = new([], [], []);

    /// <summary>Everything any of <paramref name="parts"/> names, first-seen order, no repeats.</summary>
    public static UnitEntities Union(IEnumerable<UnitEntities> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var list = parts.ToList();
        return new UnitEntities(
            list.SelectMany(p => p.Organisations).Distinct(StringComparer.Ordinal).ToList(),
            list.SelectMany(p => p.Places).Distinct(StringComparer.Ordinal).ToList(),
            list.SelectMany(p => p.Countries).Distinct(StringComparer.Ordinal).ToList());
    }
}
