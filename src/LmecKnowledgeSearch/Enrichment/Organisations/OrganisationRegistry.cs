using LmecKnowledgeSearch.Enrichment.Places;

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
        using var stream = typeof(OrganisationRegistry).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    public static OrganisationRegistry Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<OrganisationEntry>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("id\t", StringComparison.Ordinal))
            {
                continue;
            }

            // Editors strip trailing tabs, so missing trailing cells are empty ones.
            var cells = line.Split('\t');
            if (cells.Length < 3 || cells.Length > 6)
            {
                throw new FormatException($"organisations.tsv line {lineNumber}: expected 6 tab-separated columns, found {cells.Length}.");
            }

            if (cells.Length < 6)
            {
                Array.Resize(ref cells, 6);
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] ??= string.Empty;
                }
            }

            var type = Enum.TryParse<OrganisationType>(cells[1].Trim(), ignoreCase: true, out var parsed)
                ? parsed
                : throw new FormatException($"organisations.tsv line {lineNumber}: unknown type '{cells[1]}'.");
            var acronyms = TsvCells.List(cells[4])
                .Select(a => a.EndsWith('?') ? new OrganisationAcronym(a[..^1], true) : new OrganisationAcronym(a, false))
                .ToArray();
            entries.Add(new OrganisationEntry(cells[0].Trim(), type, TsvCells.List(cells[2]), TsvCells.List(cells[3]), acronyms, TsvCells.Optional(cells[5])));
        }

        return new OrganisationRegistry(entries);
    }
}
