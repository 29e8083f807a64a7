namespace LmecKnowledgeSearch.Model;

/// <summary>
/// One searchable unit: a whole document, one of its passages, an expert view or a case study.
/// Its id is the corpus-relative path plus the unit number, so re-indexing upserts it in place. This is the record the
/// stages pass each other and the index stores; what users see of it is <c>Search.UnitResponse</c>.
/// </summary>
public sealed record IndexUnit
{
    public required string Id { get; init; }
    public required UnitKind Kind { get; init; }
    /// <summary>Path relative to the indexed folder, with forward slashes.</summary>
    public required string Source { get; init; }
    public required int Number { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }
    public string? HeadingPath { get; init; }
    public string? Speaker { get; init; }

    /// <summary>A Chinese speaker's name in pinyin ("li nan"), searched and matched: the name as printed is <see cref="Speaker"/>.</summary>
    public string? SpeakerLatin { get; init; }
    public string? Affiliation { get; init; }
    public IReadOnlyList<string> Organisations { get; init; } = [];
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>The Chinese places in pinyin ("dongjiang"), searched and matched.</summary>
    public IReadOnlyList<string> PlacesLatin { get; init; } = [];
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<ThemeTag> Themes { get; init; } = [];
    public DateOnly? Date { get; init; }
    public required string DocumentType { get; init; }
    public required string Language { get; init; }
    public int? Page { get; init; }
    /// <summary>Kind-specific detail shown by <c>lmec show</c> (e.g. a case study's what/where/who), as plain lines.</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    public static string MakeId(string source, int number) => $"{source}#{number}";
}
