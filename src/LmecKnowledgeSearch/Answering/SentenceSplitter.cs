using System.Collections.Frozen;
namespace LmecKnowledgeSearch.Answering;

/// <summary>A sentence of a passage: its trimmed text and where it starts in the passage.</summary>
public readonly record struct SentenceSpan(int Start, string Text)
{
    public int End => Start + Text.Length;
}

/// <summary>
/// Splits mixed Chinese/English text into sentences. Chinese stops (。！？；) always end a sentence outside quotes;
/// an English '.' only does when followed by white space and not part of a decimal, an initial or a known abbreviation.
/// </summary>
public sealed class SentenceSplitter
{
    // A quote left open longer than this is taken to be unbalanced, so it cannot swallow the rest of the passage.
    private const int MaxQuoteSpan = 200;

    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "no", "vs", "etc", "e.g", "i.e", "fig", "figs",
        "inc", "ltd", "co", "corp", "dept", "univ", "approx", "est", "vol", "pp", "p", "ed", "eds", "al", "cf",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const int MaxShortLine = 30;

    public IReadOnlyList<SentenceSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<SentenceSpan>();
        var start = 0;
        var quoteDepth = 0;
        var quoteOpenedAt = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '“' or '「' or '『')
            {
                if (quoteDepth++ == 0)
                {
                    quoteOpenedAt = i;
                }

                continue;
            }

            if (c is '”' or '」' or '』')
            {
                quoteDepth = Math.Max(0, quoteDepth - 1);
                // A quotation that ends with its own stop ends the sentence too: 他说：“……！”
                if (quoteDepth == 0 && i > 0 && text[i - 1] is '。' or '！' or '？' or '!' or '?')
                {
                    Add(sentences, text, start, i + 1);
                    start = i + 1;
                }

                continue;
            }

            if (quoteDepth > 0 && i - quoteOpenedAt > MaxQuoteSpan)
            {
                quoteDepth = 0;
            }

            if (c == '\n' && (IsBlankLineAt(text, i) || EndsShortLine(text, start, i)))
            {
                Add(sentences, text, start, i);
                start = i + 1;
                quoteDepth = 0;
                continue;
            }

            if (!IsTerminator(text, i) || (quoteDepth > 0 && ClosesLater(text, i)))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '”' or '’' or '"' or '\'' or '）' or ')' or '」' or '』' or '。' or '！' or '？' or '!' or '?' or '…')
            {
                if (text[end] is '”' or '」' or '』')
                {
                    quoteDepth = Math.Max(0, quoteDepth - 1);
                }

                end++;
            }

            Add(sentences, text, start, end);
            start = end;
            i = end - 1;
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool IsTerminator(string text, int i)
    {
        var c = text[i];
        if (c is '。' or '！' or '？' or '；' or '!' or '?')
        {
            return true;
        }

        if (c == ';')
        {
            return i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]);
        }

        return c == '.' && IsEnglishFullStop(text, i);
    }

    private static bool IsEnglishFullStop(string text, int i)
    {
        if (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] is not ('"' or '\'' or '”' or '’' or ')'))
        {
            return false; // 3.5, e.g, example.com
        }

        var wordStart = i;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..i];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "J. Smith"
        }

        if (Abbreviations.Contains(word))
        {
            return false;
        }

        // A following lower-case word means the stop did not end the sentence ("approx. five").
        var next = i + 1;
        while (next < text.Length && text[next] is ' ' or '\t' or '"' or '\'' or '”' or '’' or ')')
        {
            next++;
        }

        return next >= text.Length || !char.IsLower(text[next]);
    }

    private static bool ClosesLater(string text, int i)
    {
        var limit = Math.Min(text.Length, i + MaxQuoteSpan);
        for (var j = i + 1; j < limit; j++)
        {
            if (text[j] is '”' or '」' or '』')
            {
                return true;
            }

            if (text[j] == '\n' && IsBlankLineAt(text, j))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A short line with no stop of its own (a masthead, a title, a name, a date line) is a sentence by itself; wrapped
    /// lines of a paragraph are longer, and a line ending in a comma or colon continues.
    /// </summary>
    private static bool EndsShortLine(string text, int sentenceStart, int newline)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, newline - 1)) + 1;
        lineStart = Math.Max(lineStart, sentenceStart);
        var line = text.AsSpan(lineStart, newline - lineStart).Trim();
        return line.Length > 0 && line.Length <= MaxShortLine && line[^1] is not ('，' or '、' or ',' or '：' or ':' or '（' or '(' or '-' or '—' or '/');
    }

    private static bool IsBlankLineAt(string text, int newline)
    {
        for (var j = newline + 1; j < text.Length; j++)
        {
            if (text[j] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[j]))
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(List<SentenceSpan> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new SentenceSpan(start, text[start..end]));
        }
    }
}
