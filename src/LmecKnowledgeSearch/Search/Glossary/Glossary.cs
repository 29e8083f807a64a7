using System.Collections.Frozen;

namespace LmecKnowledgeSearch.Search.Glossary;

/// <summary>
/// The bilingual domain glossary: concepts with Chinese and English terms, acronyms and broader/narrower links, looked up
/// by any of their terms. Immutable after loading, so one instance can serve all threads.
/// </summary>
public sealed class Glossary
{
    private const string ResourcePrefix = "LmecKnowledgeSearch.Data.glossary";

    // Acronyms that are also everyday English words only match when written in capitals.
    private static readonly FrozenSet<string> AcronymWords = new[]
    {
        "can", "one", "all", "use", "aim", "art", "are", "was", "who", "how", "any", "and", "the", "for", "not", "new",
        "end", "car", "sea", "man", "act", "its", "his", "her", "our", "out", "now", "gap", "map", "cap", "net", "pes",
        "ice", "ace", "air", "ear", "era", "fit", "win", "arc", "tap", "mar", "nap", "pic", "sip", "rim", "soc",
        "most", "see", "traffic", "wash", "smart", "tar", "pri", "sup", "som", "rec", "inc", "mou", "ess", "wee",
        "cod", "mem", "abs", "cites", "dai", "pil", "spi",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, Concept> _byId;
    private readonly FrozenDictionary<string, Concept[]> _byChinese;
    private readonly FrozenDictionary<string, Concept[]>.AlternateLookup<ReadOnlySpan<char>> _byChineseSpan;
    private readonly FrozenDictionary<string, Concept[]> _byEnglishKey;
    private readonly FrozenDictionary<string, Concept[]> _byAcronym;
    private readonly FrozenDictionary<string, Concept[]> _byAcronymFolded;

    private Glossary(IReadOnlyList<Concept> concepts, IReadOnlyList<string> issues)
    {
        Concepts = concepts;
        Issues = issues;
        _byId = concepts.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);

        var chinese = new Dictionary<string, List<Concept>>(StringComparer.Ordinal);
        var english = new Dictionary<string, List<Concept>>(StringComparer.Ordinal);
        var acronyms = new Dictionary<string, List<Concept>>(StringComparer.Ordinal);
        var acronymsFolded = new Dictionary<string, List<Concept>>(StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            foreach (var term in concept.ChineseTerms)
            {
                Add(chinese, term, concept);
            }

            foreach (var term in concept.EnglishTerms)
            {
                var key = EnglishWords.Key(term);
                if (key.Length > 0)
                {
                    Add(english, key, concept);
                    MaxEnglishTokens = Math.Max(MaxEnglishTokens, key.Count(c => c == ' ') + 1);
                }
            }

            foreach (var acronym in concept.Acronyms)
            {
                Add(acronyms, acronym, concept);
                var folded = acronym.ToLowerInvariant();
                if (acronym.Length >= 3 && !AcronymWords.Contains(folded))
                {
                    Add(acronymsFolded, folded, concept);
                }
            }
        }

        MaxChineseLength = chinese.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        _byChinese = Freeze(chinese);
        _byChineseSpan = _byChinese.GetAlternateLookup<ReadOnlySpan<char>>();
        _byEnglishKey = Freeze(english);
        _byAcronym = Freeze(acronyms);
        _byAcronymFolded = Freeze(acronymsFolded);
    }

    /// <summary>All concepts in file order.</summary>
    public IReadOnlyList<Concept> Concepts { get; }

    /// <summary>Rows that were skipped or links that were dropped while loading, each with file and line.</summary>
    public IReadOnlyList<string> Issues { get; }

    /// <summary>Length in characters of the longest Chinese term.</summary>
    public int MaxChineseLength { get; }

    /// <summary>Number of words in the longest English term.</summary>
    public int MaxEnglishTokens { get; }

    /// <summary>The glossary shipped inside the assembly (every Data/glossary/*.tsv resource).</summary>
    public static Glossary LoadDefault()
    {
        var names = EmbeddedData.Names(ResourcePrefix, ".tsv");
        if (names.Count == 0)
        {
            throw new InvalidOperationException("No embedded glossary resource found under " + ResourcePrefix);
        }

        var rows = new List<GlossaryRow>();
        var issues = new List<string>();
        foreach (var name in names)
        {
            using var reader = EmbeddedData.OpenText(name);
            var (r, i) = GlossaryTsvReader.Read(reader, name);
            rows.AddRange(r);
            issues.AddRange(i);
        }

        return Build(rows, issues);
    }

    /// <summary>A glossary read from one TSV stream.</summary>
    public static Glossary Load(Stream stream, string source = "stream")
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, leaveOpen: true);
        var (rows, issues) = GlossaryTsvReader.Read(reader, source);
        return Build(rows, issues);
    }

    /// <summary>
    /// A glossary read from a TSV file, or from every *.tsv file of a folder, so an edited glossary takes effect at the
    /// next query without re-indexing.
    /// </summary>
    public static Glossary LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var rows = new List<GlossaryRow>();
        var issues = new List<string>();
        foreach (var file in Files(path))
        {
            using var reader = new StreamReader(file);
            var (r, i) = GlossaryTsvReader.Read(reader, file);
            rows.AddRange(r);
            issues.AddRange(i);
        }

        return Build(rows, issues);
    }

    /// <inheritdoc cref="LoadFile"/>
    public static async Task<Glossary> LoadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var rows = new List<GlossaryRow>();
        var issues = new List<string>();
        foreach (var file in Files(path))
        {
            using var reader = new StreamReader(file);
            var (r, i) = await GlossaryTsvReader.ReadAsync(reader, file, cancellationToken).ConfigureAwait(false);
            rows.AddRange(r);
            issues.AddRange(i);
        }

        return Build(rows, issues);
    }

    /// <summary>The concept with this id, or null.</summary>
    public Concept? GetById(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.GetValueOrDefault(id);
    }

    /// <summary>
    /// Concepts having <paramref name="term"/> as a term: Chinese exactly, acronyms exactly (or case-insensitively when
    /// not an everyday word), English case-insensitively with plurals, hyphens and -ise/-ize folded.
    /// </summary>
    public IReadOnlyList<Concept> Find(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var t = term.Trim();
        if (t.Length == 0)
        {
            return [];
        }

        if (_byChinese.TryGetValue(t, out var zh))
        {
            return zh;
        }

        var exact = FindAcronymExact(t);
        if (exact.Count > 0)
        {
            return exact;
        }

        var key = EnglishWords.Key(t);
        if (key.Length > 0 && _byEnglishKey.TryGetValue(key, out var en))
        {
            return en;
        }

        return FindAcronymLoose(t);
    }

    internal Concept[]? FindChinese(ReadOnlySpan<char> term) => _byChineseSpan.TryGetValue(term, out var found) ? found : null;

    internal Concept[]? FindEnglishKey(string key) => _byEnglishKey.GetValueOrDefault(key);

    /// <summary>Concepts with this acronym as written, or with a plural -s on it (NGOs, SDGs).</summary>
    internal IReadOnlyList<Concept> FindAcronymExact(string token)
    {
        if (_byAcronym.TryGetValue(token, out var exact))
        {
            return exact;
        }

        return token.Length > 2 && token[^1] == 's' && _byAcronym.TryGetValue(token[..^1], out var plural) ? plural : [];
    }

    /// <summary>
    /// Concepts with this acronym in any letter case (mrc, Wwf); only acronyms of three or more letters that are not
    /// everyday words, and only after exact and English-term lookups failed.
    /// </summary>
    internal IReadOnlyList<Concept> FindAcronymLoose(string token) =>
        _byAcronymFolded.TryGetValue(token.ToLowerInvariant(), out var loose) ? loose : [];

    /// <summary>True when an acronym, in lower case, is an everyday English word (WHO, SEA, TAR).</summary>
    internal bool IsEverydayWord(string acronym) => AcronymWords.Contains(acronym.ToLowerInvariant());

    private static IEnumerable<string> Files(string path)
    {
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*.tsv").Order(StringComparer.Ordinal).ToList();
        }

        if (File.Exists(path))
        {
            return [path];
        }

        throw new FileNotFoundException("Glossary file or folder not found", path);
    }

    private static Glossary Build(List<GlossaryRow> rows, List<string> issues)
    {
        var kept = new List<GlossaryRow>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (ids.Add(row.Id))
            {
                kept.Add(row);
            }
            else
            {
                issues.Add($"{row.Source}:{row.LineNumber}: duplicate concept id '{row.Id}' ignored");
            }
        }

        var narrower = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var broaderById = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var row in kept)
        {
            var broader = new List<string>();
            foreach (var parent in row.Broader)
            {
                if (!ids.Contains(parent) || parent == row.Id)
                {
                    issues.Add($"{row.Source}:{row.LineNumber}: concept '{row.Id}' has unknown broader id '{parent}'");
                    continue;
                }

                broader.Add(parent);
                if (!narrower.TryGetValue(parent, out var children))
                {
                    narrower[parent] = children = [];
                }

                children.Add(row.Id);
            }

            broaderById[row.Id] = broader;
        }

        var concepts = kept
            .Select(r => new Concept(
                r.Id,
                r.ChineseTerms,
                r.EnglishTerms,
                r.Acronyms,
                broaderById[r.Id],
                narrower.TryGetValue(r.Id, out var n) ? n : [],
                r.Domain))
            .ToList();
        return new Glossary(concepts, issues);
    }

    private static void Add(Dictionary<string, List<Concept>> index, string key, Concept concept)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (!list.Contains(concept))
        {
            list.Add(concept);
        }
    }

    private static FrozenDictionary<string, Concept[]> Freeze(Dictionary<string, List<Concept>> index) =>
        index.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
}
