using System.Globalization;

namespace LmecKnowledgeSearch.Search.Glossary;

/// <summary>
/// Turns English text into comparable tokens: lower case, hyphens and slashes as spaces, possessives dropped, plurals folded
/// to singular and -ise spellings folded to -ize. Glossary terms and queries go through the same folding, so the folding
/// only has to be consistent, not linguistically perfect.
/// </summary>
public static class EnglishTermNormalizer
{
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
                tokens.Add(new EnglishToken(start, i - start, raw, FoldWord(raw)));
            }
        }

        return tokens;
    }

    /// <summary>The folded key of a whole term: its folded tokens joined by single spaces ("" when it has no Latin words).</summary>
    public static string Key(string term)
    {
        var tokens = Tokenize(term);
        return string.Join(' ', tokens.Select(t => t.Folded));
    }

    /// <summary>One word folded: lower case, singular, -ize spelling.</summary>
    public static string FoldWord(string word)
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

/// <summary>An English word of a text: its span, the raw text and its folded form.</summary>
public readonly record struct EnglishToken(int Start, int Length, string Raw, string Folded);
