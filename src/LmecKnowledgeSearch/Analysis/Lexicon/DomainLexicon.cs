
namespace LmecKnowledgeSearch.Analysis.Lexicon;

/// <summary>
/// Words the segmenter must keep whole: Lancang-Mekong places, organisations and environment/policy terms, read from
/// plain text (one word a line, an optional tab- or space-separated frequency/tag column, # starts a comment).
/// </summary>
public sealed class DomainLexicon
{
    public const int MaxWordLength = 62;

    private const string ResourcePrefix = "LmecKnowledgeSearch.Data.lexicon";

    private readonly HashSet<string> words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    // Per first character, a bit per word length present (bit n = length n), so a lookup tries only real lengths.
    private readonly ulong[] lengthsByFirstChar = new ulong[char.MaxValue + 1];

    // The same by a hash of the first two characters: common first characters (国, 生) start many words, and this
    // rules out most positions before any hash-set lookup. Collisions only cost a lookup.
    private readonly ulong[] lengthsByPair = new ulong[PairSlots];
    private const int PairSlots = 1 << 16;

    private DomainLexicon(HashSet<string> words)
    {
        this.words = words;
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in words)
        {
            lengthsByFirstChar[word[0]] |= 1UL << word.Length;
            lengthsByPair[PairSlot(word[0], word[1])] |= 1UL << word.Length;
            MaxLength = Math.Max(MaxLength, word.Length);
        }
    }

    public int Count => words.Count;

    public int MaxLength { get; }

    public static DomainLexicon Empty { get; } = new([]);

    /// <summary>The lexicon shipped with the product: every embedded Data/lexicon/*.txt file.</summary>
    public static DomainLexicon LoadDefault()
    {
        var lines = new List<string>();
        foreach (var name in EmbeddedData.Names(ResourcePrefix, ".txt"))
        {
            using var reader = EmbeddedData.OpenText(name);
            for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            {
                lines.Add(line);
            }
        }

        return FromLines(lines);
    }

    public static DomainLexicon FromLines(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var word = WordOf(line);
            // A single character is already a word to every segmenter; keeping it here would only block merges.
            // Words fit a 64-bit length mask; nothing real is longer.
            if (word.Length is > 1 and <= MaxWordLength)
            {
                words.Add(word);
            }
        }

        return new DomainLexicon(words);
    }

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);

    /// <summary>Length of the longest lexicon word starting at <paramref name="start"/>, or 0.</summary>
    public int LongestMatchAt(string text, int start) => LongestMatchAt(text, start, static (_, _) => true, 0);

    /// <summary>
    /// Length of the longest lexicon word at <paramref name="start"/> that ends where <paramref name="endAllowed"/> agrees,
    /// else of the longest word at all, else 0. Lets a caller prefer words that end on its own boundaries.
    /// </summary>
    public int LongestMatchAt<TState>(string text, int start, Func<TState, int, bool> endAllowed, TState state)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(endAllowed);
        if (start + 1 >= text.Length)
        {
            return 0; // every word has two characters or more
        }

        var lengths = lengthsByFirstChar[text[start]] & lengthsByPair[PairSlot(text[start], text[start + 1])]
                      & (text.Length - start >= 63 ? ulong.MaxValue : (2UL << (text.Length - start)) - 1);
        var longest = 0;
        while (lengths != 0)
        {
            var length = 63 - System.Numerics.BitOperations.LeadingZeroCount(lengths);
            lengths &= ~(1UL << length);
            if (lookup.Contains(text.AsSpan(start, length)))
            {
                if (endAllowed(state, start + length))
                {
                    return length;
                }

                longest = Math.Max(longest, length);
            }
        }

        return longest;
    }

    private static int PairSlot(char first, char second) => (int)(((uint)first * 0x9E3779B1u) ^ second) & (PairSlots - 1);

    private static string WordOf(string line)
    {
        var span = line.AsSpan();
        var comment = span.IndexOf('#');
        if (comment >= 0)
        {
            span = span[..comment];
        }

        span = span.Trim();
        var column = span.IndexOfAny('\t', ' ');
        if (column >= 0)
        {
            span = span[..column];
        }

        return span.ToString();
    }
}
