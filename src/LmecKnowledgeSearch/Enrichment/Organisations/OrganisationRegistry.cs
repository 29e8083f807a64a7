
namespace LmecKnowledgeSearch.Enrichment.Organisations;

/// <summary>
/// The organisations we know, read from a TSV with columns id, type, zh_names, en_names, acronyms, country
/// ('|' separates names; an acronym ending in '?' is ambiguous and needs the full name nearby; '#' starts a comment).
/// </summary>
public sealed class OrganisationRegistry
{
    public const string ResourceName = "LmecKnowledgeSearch.Data.organisations.tsv";

    private readonly Dictionary<string, OrganisationEntry> byId;

    public OrganisationRegistry(IEnumerable<OrganisationEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries.ToList();
        byId = new Dictionary<string, OrganisationEntry>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            if (!byId.TryAdd(entry.Id, entry))
            {
                throw new ArgumentException($"Duplicate organisation id '{entry.Id}'.", nameof(entries));
            }
        }
    }

    public IReadOnlyList<OrganisationEntry> Entries { get; }

    public OrganisationEntry? FindById(string id) => byId.GetValueOrDefault(id);

    public static OrganisationRegistry LoadDefault()
    {
        using var reader = EmbeddedData.OpenText(ResourceName);
        return Parse(reader);
    }

    public static OrganisationRegistry Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<OrganisationEntry>();
        foreach (var cells in TsvRows.Read(reader, "organisations.tsv", 6))
        {
            var type = Enum.TryParse<OrganisationType>(cells[1].Trim(), ignoreCase: true, out var parsed)
                ? parsed
                : throw new FormatException($"organisations.tsv row {cells[0]}: unknown type '{cells[1]}'.");
            var acronyms = TsvCells.List(cells[4])
                .Select(a => a.EndsWith('?') ? new OrganisationAcronym(a[..^1], true) : new OrganisationAcronym(a, false))
                .ToArray();
            entries.Add(new OrganisationEntry(cells[0].Trim(), type, TsvCells.List(cells[2]), TsvCells.List(cells[3]), acronyms, TsvCells.Optional(cells[5])));
        }

        return new OrganisationRegistry(entries);
    }
}
