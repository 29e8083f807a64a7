using System.IO.Compression;

namespace LmecKnowledgeSearch.Search.Glossary;

/// <summary>
/// The broad Chinese-English dictionary beneath the curated glossary: CC-CEDICT (CC BY-SA 4.0), shipped as
/// Data/dictionary/cedict.tsv.gz and rebuilt by scripts/refresh-cedict.sh. Chinese headwords map to their English
/// senses; English senses (folded like glossary terms) map back to the headwords that have them, in sense order.
/// Immutable after loading: thread-safe.
/// </summary>
public sealed class BilingualDictionary
{
    private const string ResourceFile = "cedict.tsv.gz";

    /// <summary>Senses longer than this many words are definitions, not translations a query would use.</summary>
    private const int MaxSenseWords = 4;

    private readonly Dictionary<string, string[]> sensesByChinese;
    private readonly Dictionary<string, List<ChineseCandidate>> chineseByEnglishKey;

    private BilingualDictionary(Dictionary<string, string[]> sensesByChinese)
    {
        this.sensesByChinese = sensesByChinese;
        chineseByEnglishKey = new Dictionary<string, List<ChineseCandidate>>(StringComparer.Ordinal);
        foreach (var (chinese, senses) in sensesByChinese)
        {
            MaxChineseLength = Math.Max(MaxChineseLength, chinese.Length);
            for (var rank = 0; rank < senses.Length; rank++)
            {
                // Counting spaces first spares the normaliser the long definitions, most of the dictionary's text.
                if (senses[rank].Count(c => c == ' ') >= MaxSenseWords + 2)
                {
                    continue;
                }

                var key = EnglishWords.Key(senses[rank]);
                var words = key.Length == 0 ? 0 : key.Count(c => c == ' ') + 1;
                if (words is 0 or > MaxSenseWords)
                {
                    continue;
                }

                MaxEnglishTokens = Math.Max(MaxEnglishTokens, words);
                if (!chineseByEnglishKey.TryGetValue(key, out var list))
                {
                    chineseByEnglishKey[key] = list = [];
                }

                list.Add(new ChineseCandidate(chinese, rank, senses.Length));
            }
        }
    }

    public int Count => sensesByChinese.Count;

    public int MaxChineseLength { get; }

    public int MaxEnglishTokens { get; }

    /// <summary>The dictionary embedded in the assembly.</summary>
    public static BilingualDictionary LoadDefault()
    {
        // The resource name carries the folder with the build's path separator (Data.dictionary/ or Data.dictionary\).
        var assembly = typeof(BilingualDictionary).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(ResourceFile, StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Embedded dictionary resource not found: " + ResourceFile);
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        return Load(new StreamReader(gzip));
    }

    /// <summary>Reads lines of "headword TAB sense / sense"; lines starting with # are the header.</summary>
    public static BilingualDictionary Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var senses = new Dictionary<string, string[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            // CEDICT puts near-synonyms in one sense ("rubber; caoutchouc"); each is a translation of its own.
            senses[line[..tab]] = line[(tab + 1)..]
                .Split([" / ", ";"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.Ordinal)
                .ToArray();
        }

        return new BilingualDictionary(senses);
    }

    /// <summary>English senses of a Chinese headword, in the dictionary's order, or null.</summary>
    public IReadOnlyList<string>? EnglishOf(ReadOnlySpan<char> chinese) =>
        sensesByChinese.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chinese, out var senses) ? senses : null;

    /// <summary>Headwords having <paramref name="englishKey"/> (folded by <see cref="EnglishWords.Key"/>) as a sense, or null.</summary>
    public IReadOnlyList<ChineseCandidate>? ChineseOf(string englishKey) =>
        chineseByEnglishKey.TryGetValue(englishKey, out var list) ? list : null;
}

/// <summary>A headword offered for an English sense: <see cref="SenseRank"/> 0 is the headword's first sense, of <see cref="SenseCount"/>.</summary>
public readonly record struct ChineseCandidate(string Chinese, int SenseRank, int SenseCount);
