using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Answering;

/// <summary>English words as matching keys: lower-cased, lightly stemmed, stop words dropped.</summary>
internal static partial class EnglishTerms
{
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "as", "into", "over",
        "and", "or", "but", "not", "no", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did",
        "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "it", "its", "this", "that", "these", "those", "there", "their", "they", "them", "he", "she", "his", "her",
        "we", "our", "you", "your", "i", "me", "my", "what", "which", "who", "whom", "whose", "when", "where", "why",
        "how", "many", "much", "any", "some", "all", "according", "said", "say", "says", "tell", "us", "than", "then",
        "so", "if", "also", "such", "up", "out", "more", "most", "other", "per", "via", "within", "during",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words of <paramref name="text"/> with their offsets, in order (numbers included).</summary>
    public static IEnumerable<(string Word, int Start)> Words(string text)
    {
        foreach (Match match in WordPattern().Matches(text))
        {
            yield return (match.Value, match.Index);
        }
    }

    public static bool IsStopWord(string lowerWord) => StopWords.Contains(lowerWord);

    /// <summary>Content keys of <paramref name="text"/>, in order, with offsets.</summary>
    public static IEnumerable<(string Key, int Start)> Keys(string text)
    {
        foreach (var (word, start) in Words(text))
        {
            var lower = word.ToLowerInvariant();
            if (!StopWords.Contains(lower))
            {
                yield return (Stem(lower), start);
            }
        }
    }

    /// <summary>A light suffix stripper: enough to meet "attended"/"attend", "women"/"woman", "countries"/"country".</summary>
    public static string Stem(string lower)
    {
        // A possessive names its owner: "Vijitpan's role" is about Vijitpan.
        if (lower.Length > 3 && (lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal)))
        {
            lower = lower[..^2];
        }

        if (lower.Length <= 3 || char.IsDigit(lower[0]))
        {
            return lower;
        }

        if (lower.EndsWith("men", StringComparison.Ordinal))
        {
            return lower[..^3] + "man";
        }

        if (lower.EndsWith("ies", StringComparison.Ordinal) && lower.Length > 4)
        {
            return lower[..^3] + "y";
        }

        if (lower.EndsWith("sses", StringComparison.Ordinal))
        {
            return lower[..^2];
        }

        if (lower.EndsWith("ing", StringComparison.Ordinal) && lower.Length > 5)
        {
            return Undouble(lower[..^3]);
        }

        if (lower.EndsWith("ed", StringComparison.Ordinal) && lower.Length > 4)
        {
            return Undouble(lower[..^2]);
        }

        if (lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal)
            && !lower.EndsWith("is", StringComparison.Ordinal))
        {
            return lower.EndsWith("es", StringComparison.Ordinal) && lower.Length > 4 && lower[^3] is 's' or 'x' or 'z' or 'h'
                ? lower[..^2]
                : lower[..^1];
        }

        return lower;
    }

    private static string Undouble(string stem) =>
        stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z') ? stem[..^1] : stem;

    // Latin letters and digits only: Han text is matched by substring, and must not glue "59" to "第59次全会".
    [GeneratedRegex(@"[A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F'’\-]*[A-Za-z0-9\u00C0-\u024F])?")]
    private static partial Regex WordPattern();
}
