namespace LmecKnowledgeSearch.Enrichment.Places;

/// <summary>
/// The places we know, read from a TSV with columns
/// id, kind, zh_name, zh_aliases, en_name, en_aliases, country, parent ('|' separates aliases, '#' starts a comment).
/// </summary>
public sealed class Gazetteer
{
    public const string ResourceName = "LmecKnowledgeSearch.Data.places.tsv";

    private readonly Dictionary<string, PlaceEntry> byId;

    public Gazetteer(IEnumerable<PlaceEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var raw = entries.ToList();
        var rawById = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        foreach (var entry in raw)
        {
            if (!rawById.TryAdd(entry.Id, entry))
            {
                throw new ArgumentException($"Duplicate place id '{entry.Id}'.", nameof(entries));
            }
        }

        Entries = raw.Select(e => e with { Country = ResolveCountry(e, rawById) }).ToList();
        byId = Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<PlaceEntry> Entries { get; }

    public PlaceEntry? FindById(string id) => byId.GetValueOrDefault(id);

    public static Gazetteer LoadDefault()
    {
        using var reader = EmbeddedData.OpenText(ResourceName);
        return Parse(reader);
    }

    public static Gazetteer Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<PlaceEntry>();
        foreach (var cells in TsvRows.Read(reader, "places.tsv", 8))
        {
            entries.Add(new PlaceEntry(
                cells[0].Trim(),
                ParseKind(cells[1], cells[0]),
                TsvCells.Optional(cells[2]),
                TsvCells.List(cells[3]),
                TsvCells.Optional(cells[4]),
                TsvCells.List(cells[5]),
                TsvCells.Optional(cells[6]),
                TsvCells.Optional(cells[7])));
        }

        return new Gazetteer(entries);
    }

    private static PlaceKind ParseKind(string cell, string rowId) =>
        Enum.TryParse<PlaceKind>(cell.Replace("_", string.Empty, StringComparison.Ordinal).Trim(), ignoreCase: true, out var kind)
            ? kind
            : throw new FormatException($"places.tsv row {rowId}: unknown kind '{cell}'.");

    private static string? ResolveCountry(PlaceEntry entry, Dictionary<string, PlaceEntry> rawById)
    {
        var current = entry;
        for (var depth = 0; depth < 10; depth++)
        {
            if (current.Country is not null)
            {
                return current.Country;
            }

            if (current.ParentId is null || !rawById.TryGetValue(current.ParentId, out var parent))
            {
                return null;
            }

            current = parent;
        }

        return null;
    }
}
