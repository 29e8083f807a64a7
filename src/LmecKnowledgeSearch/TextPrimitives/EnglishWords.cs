using System.Collections.Frozen;
using System.Globalization;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace LmecKnowledgeSearch.TextPrimitives;

/// <summary>
/// The one home of English word handling: tokens (hyphens and slashes split, possessives dropped, REDD+ and PM2.5
/// kept whole), two strengths of normalisation and the function words.
/// <list type="bullet">
/// <item><see cref="Fold"/> — lower case, singular, -ize spelling: keys of names and dictionary terms, where "protected
/// areas" must meet "protected area" but not "protection".</item>
/// <item><see cref="Stem"/> — the fold, then Porter: keys of running text (the index's word field and answer
/// matching), so "attended" meets "attendance" and retrieval and answering conflate the same words.</item>
/// </list>
/// Both sides of every comparison go through the same function, so the folding only has to be consistent, not
/// linguistically perfect.
/// </summary>
public static class EnglishWords
{
    // Function words and question phrasing: they carry no content for matching a question to a sentence.
    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "as", "into", "over",
        "and", "or", "but", "not", "no", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did",
        "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "it", "its", "this", "that", "these", "those", "there", "their", "they", "them", "he", "she", "his", "her",
        "we", "our", "you", "your", "i", "me", "my", "what", "which", "who", "whom", "whose", "when", "where", "why",
        "how", "many", "much", "any", "some", "all", "according", "said", "say", "says", "tell", "us", "than", "then",
        "so", "if", "also", "such", "up", "out", "more", "most", "other", "per", "via", "within", "during",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["women"] = "woman",
        ["men"] = "man",
        ["children"] = "child",
        ["people"] = "people",
        ["peoples"] = "people",
        ["feet"] = "foot",
        ["geese"] = "goose",
        ["mice"] = "mouse",
        ["teeth"] = "tooth",
        ["fish"] = "fish",
        ["fishes"] = "fish",
        ["species"] = "species",
        ["series"] = "series",
        ["leaves"] = "leaf",
        ["wolves"] = "wolf",
        ["lives"] = "life",
        ["livelihoods"] = "livelihood",
        ["data"] = "data",
        ["criteria"] = "criterion",
        ["phenomena"] = "phenomenon",
        ["indices"] = "index",
        ["analyses"] = "analysis",
        ["crises"] = "crisis",
        ["bases"] = "base",
        ["gases"] = "gas",
        ["buses"] = "bus",
        ["oases"] = "oasis",
        ["hypotheses"] = "hypothesis",
        ["fungi"] = "fungus",
        ["cacti"] = "cactus",
        ["alumni"] = "alumnus",
        ["dice"] = "die",
    };

    /// <summary>Tokens of <paramref name="text"/> with their spans, folded for comparison.</summary>
    public static List<EnglishToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<EnglishToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || IsInnerJoiner(text, i)))
            {
                i++;
            }

            // REDD+ and similar keep their trailing plus.
            if (i < text.Length && text[i] == '+')
            {
                i++;
            }

            var raw = text[start..i];
            if (raw.EndsWith("'s", StringComparison.Ordinal) || raw.EndsWith("’s", StringComparison.Ordinal))
            {
                raw = raw[..^2];
            }
            else if (raw.EndsWith('\'') || raw.EndsWith('’'))
            {
                raw = raw[..^1];
            }

            if (raw.Length > 0)
            {
                tokens.Add(new EnglishToken(start, i - start, raw, Fold(raw)));
            }
        }

        return tokens;
    }

    /// <summary>Whether a lower-cased word is a function word (no content for matching).</summary>
    public static bool IsFunctionWord(string lowerWord) => FunctionWords.Contains(lowerWord);

    /// <summary>Stemmed keys of the content words of <paramref name="text"/>, in order, with their offsets.</summary>
    public static IEnumerable<(string Key, int Start)> ContentKeys(string text) =>
        Words(text).Where(w => !FunctionWords.Contains(w.Raw.ToLowerInvariant())).Select(w => (w.Key, w.Start));

    /// <summary>
    /// Words of running text, keyed by <see cref="Stem"/>. A hyphenated compound ("Lancang-Mekong", "nature-based")
    /// stays one word whose key joins its parts' stems with '-': in running text it names one thing, and its parts
    /// alone ("Mekong") must not count as a mention of it.
    /// </summary>
    public static List<EnglishWord> Words(string text)
    {
        var tokens = Tokenize(text);
        var words = new List<EnglishWord>(tokens.Count);
        var stemmer = new EnglishStemmer();
        for (var i = 0; i < tokens.Count; i++)
        {
            var first = i;
            while (i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].Start + tokens[i].Length + 1
                   && text[tokens[i + 1].Start - 1] == '-')
            {
                i++;
            }

            var start = tokens[first].Start;
            var end = tokens[i].Start + tokens[i].Length;
            var key = first == i
                ? stemmer.StemFolded(tokens[i].Folded)
                : string.Join('-', tokens.Skip(first).Take(i - first + 1).Select(t => stemmer.StemFolded(t.Folded)));
            words.Add(new EnglishWord(start, end - start, text[start..end], key));
        }

        return words;
    }

    /// <summary>One word folded and Porter-stemmed (see the type's comment).</summary>
    public static string Stem(string word) =>
        word.Contains('-', StringComparison.Ordinal) && Words(word) is [var compound] && compound.Length == word.Length
            ? compound.Key
            : new EnglishStemmer().Stem(word);

    /// <summary>The folded key of a whole term: its folded tokens joined by single spaces ("" when it has no Latin words).</summary>
    public static string Key(string term)
    {
        var tokens = Tokenize(term);
        return string.Join(' ', tokens.Select(t => t.Folded));
    }

    /// <summary>One word folded: lower case, singular, -ize spelling.</summary>
    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.ToLower(CultureInfo.InvariantCulture).Replace('’', '\'').Replace("'", "", StringComparison.Ordinal);
        if (w.Length == 0 || !char.IsLetter(w[^1]))
        {
            return w;
        }

        if (Irregular.TryGetValue(w, out var irregular))
        {
            return Spelling(irregular);
        }

        return Spelling(Singular(w));
    }

    private static string Singular(string w)
    {
        if (w.Length <= 3 || !w.EndsWith('s'))
        {
            return w;
        }

        if (w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal)
            || w.EndsWith("is", StringComparison.Ordinal) || w.EndsWith("ics", StringComparison.Ordinal))
        {
            return w;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)
            || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)
            || w.EndsWith("zzes", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        return w[..^1];
    }

    private static string Spelling(string w)
    {
        if (w.Length > 5)
        {
            if (w.EndsWith("isation", StringComparison.Ordinal))
            {
                return w[..^7] + "ization";
            }

            if (w.EndsWith("ising", StringComparison.Ordinal))
            {
                return w[..^5] + "izing";
            }

            if (w.EndsWith("ised", StringComparison.Ordinal))
            {
                return w[..^4] + "ized";
            }

            if (w.EndsWith("ise", StringComparison.Ordinal))
            {
                return w[..^3] + "ize";
            }

            if (w.EndsWith("yse", StringComparison.Ordinal))
            {
                return w[..^3] + "yze";
            }
        }

        return w;
    }

    private static bool IsWordChar(char c) =>
        c < 0x2E80 && (char.IsLetterOrDigit(c) || c == '\'' || c == '’');

    // PM2.5 and CO₂-style tokens keep a dot between digits.
    private static bool IsInnerJoiner(string text, int i) =>
        text[i] == '.' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
}

/// <summary>An English token of a text: its span, the raw text and its folded form.</summary>
public readonly record struct EnglishToken(int Start, int Length, string Raw, string Folded);

/// <summary>A word of running text (a hyphenated compound is one): its span, the raw text and its stemmed key.</summary>
public readonly record struct EnglishWord(int Start, int Length, string Raw, string Key);

/// <summary>
/// <see cref="EnglishWords.Stem"/> for many words in a row: it keeps one Snowball stemmer, so it is not thread-safe —
/// one per token stream or per call.
/// </summary>
public sealed class EnglishStemmer
{
    private readonly PorterStemmer porter = new();

    /// <summary>The word folded (<see cref="EnglishWords.Fold"/>), then Porter-stemmed when it is all letters.</summary>
    public string Stem(string word) => StemFolded(EnglishWords.Fold(word));

    /// <summary>Porter on a word already folded; numbers, codes and non-Latin words come back as they are.</summary>
    public string StemFolded(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (folded.Length < 3 || !folded.All(char.IsAsciiLetterLower))
        {
            return folded;
        }

        porter.SetCurrent(folded);
        porter.Stem();
        return porter.Current;
    }
}
