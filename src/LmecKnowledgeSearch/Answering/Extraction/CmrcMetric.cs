using System.Text;

namespace LmecKnowledgeSearch.Answering.Extraction;

/// <summary>
/// The CMRC 2018 official metric (cmrc2018_evaluate.py): punctuation and whitespace removed, the text cut into single
/// Chinese characters and whole runs of Latin letters or digits; F1 from the longest common substring of those tokens;
/// EM on the cleaned strings; each the maximum over the gold answers.
/// </summary>
public static class CmrcMetric
{
    public static double F1(string prediction, IReadOnlyList<string> golds)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        ArgumentNullException.ThrowIfNull(golds);
        var predicted = Tokens(prediction);
        return golds.Count == 0 ? 0 : golds.Max(gold => F1(predicted, Tokens(gold)));
    }

    public static double ExactMatch(string prediction, IReadOnlyList<string> golds)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        ArgumentNullException.ThrowIfNull(golds);
        var cleaned = Clean(prediction);
        return golds.Any(gold => Clean(gold) == cleaned) ? 1 : 0;
    }

    private static double F1(IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        var common = LongestCommonRun(predicted, gold);
        if (common == 0)
        {
            return 0;
        }

        var precision = common / (double)predicted.Count;
        var recall = common / (double)gold.Count;
        return 2 * precision * recall / (precision + recall);
    }

    private static int LongestCommonRun(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var best = 0;
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0;
                best = Math.Max(best, current[j]);
            }

            (previous, current) = (current, previous);
        }

        return best;
    }

    /// <summary>Lower case, punctuation, symbols and spaces removed (the official script's list is Unicode punctuation in effect).</summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Single Han characters; runs of other letters or digits as one token, as the official mixed segmentation does.</summary>
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var run = new StringBuilder();
        foreach (var c in Clean(text))
        {
            if (c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf')
            {
                if (run.Length > 0)
                {
                    tokens.Add(run.ToString());
                    run.Clear();
                }

                tokens.Add(c.ToString());
            }
            else
            {
                run.Append(c);
            }
        }

        if (run.Length > 0)
        {
            tokens.Add(run.ToString());
        }

        return tokens;
    }
}
