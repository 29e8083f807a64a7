using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace LmecKnowledgeSearch.Search.Snippets;

/// <summary>
/// Builds a hit's snippet: re-analyzes the stored text with the index's own analyzers to find each matching
/// token's exact offsets, picks the window with the most distinct matches, and returns it as escaped HTML with
/// matches in &lt;mark&gt;.
/// </summary>
public sealed class SnippetBuilder
{
    private readonly Analyzer wordAnalyzer;
    private readonly Analyzer bigramAnalyzer;
    private readonly int windowLength;

    public SnippetBuilder(Analyzer wordAnalyzer, Analyzer bigramAnalyzer, int windowLength = 160)
    {
        ArgumentNullException.ThrowIfNull(wordAnalyzer);
        ArgumentNullException.ThrowIfNull(bigramAnalyzer);
        this.wordAnalyzer = wordAnalyzer;
        this.bigramAnalyzer = bigramAnalyzer;
        this.windowLength = windowLength;
    }

    /// <summary>Character ranges of <paramref name="text"/> that match, merged and in order.</summary>
    public IReadOnlyList<(int Start, int End)> FindMatches(string text, HighlightTerms terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        return Merge(Ranges(text, terms));
    }

    /// <param name="elsewhere">
    /// Stretches of the text that are shown as units of their own (a briefing's expert views, on a whole document's
    /// card): the window avoids matches there, so two cards do not show the same words.
    /// </param>
    public string Build(string text, HighlightTerms terms, IReadOnlyList<(int Start, int End)>? elsewhere = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        var ranges = Ranges(text, terms);
        if (elsewhere is { Count: > 0 })
        {
            ranges.RemoveAll(r => elsewhere.Any(e => r.Start < e.End && r.End > e.Start));
        }

        var (start, end) = BestWindow(text, ranges);
        var merged = Merge(ranges).Where(r => r.End > start && r.Start < end).ToList();
        return Render(text, start, end, merged);
    }

    /// <summary>The whole text as escaped HTML with every match marked (the document view).</summary>
    public string HighlightAll(string text, HighlightTerms terms) => Render(text, 0, text.Length, FindMatches(text, terms));

    /// <summary>One stretch of a text as escaped HTML with the given matches marked, without ellipses (a block of the document view).</summary>
    public static string MarkRange(string text, int start, int end, IReadOnlyList<(int Start, int End)> marks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marks);
        var html = Render(text[..end], start, end, marks);
        return start > 0 && html.StartsWith('…') ? html[1..] : html;
    }

    private List<(int Start, int End, string Term)> Ranges(string text, HighlightTerms terms)
    {
        var ranges = new List<(int Start, int End, string Term)>();
        if (terms.IsEmpty)
        {
            return ranges;
        }

        var words = Tokens(wordAnalyzer, text);
        var bigrams = terms.BigramTerms.Count > 0 || terms.Phrases.Count > 0 ? Tokens(bigramAnalyzer, text) : [];
        ranges.AddRange(words.Where(t => terms.WordTerms.Contains(t.Term)));
        ranges.AddRange(bigrams.Where(t => terms.BigramTerms.Contains(t.Term)));
        foreach (var phrase in terms.Phrases)
        {
            // A phrase is found by either analyzer: the word analyzer may split a Chinese term differently in the
            // phrase and in the text, but its bigrams stand together wherever the term does.
            AddPhrase(words, Tokens(wordAnalyzer, phrase), phrase, ranges);
            AddPhrase(bigrams, Tokens(bigramAnalyzer, phrase), phrase, ranges);
        }

        return ranges;
    }

    private static void AddPhrase(
        List<(int Start, int End, string Term)> text,
        List<(int Start, int End, string Term)> phrase,
        string name,
        List<(int Start, int End, string Term)> ranges)
    {
        if (phrase.Count == 0)
        {
            return;
        }

        for (var i = 0; i + phrase.Count <= text.Count; i++)
        {
            var all = true;
            for (var j = 0; j < phrase.Count && all; j++)
            {
                all = string.Equals(text[i + j].Term, phrase[j].Term, StringComparison.Ordinal);
            }

            if (all)
            {
                ranges.Add((text[i].Start, text[i + phrase.Count - 1].End, name));
            }
        }
    }

    private static List<(int Start, int End, string Term)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(int Start, int End, string Term)>();
        using var stream = analyzer.GetTokenStream("snippet", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((offset.StartOffset, offset.EndOffset, term.ToString()));
        }

        stream.End();
        return tokens;
    }

    private (int Start, int End) BestWindow(string text, List<(int Start, int End, string Term)> ranges)
    {
        if (text.Length <= windowLength)
        {
            return (0, text.Length);
        }

        if (ranges.Count == 0)
        {
            return (0, windowLength);
        }

        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        var bestStart = ranges[0].Start;
        var bestScore = -1.0;
        for (var i = 0; i < ranges.Count; i++)
        {
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            var hits = 0;
            for (var j = i; j < ranges.Count && ranges[j].End - ranges[i].Start <= windowLength; j++)
            {
                distinct.Add(ranges[j].Term);
                hits++;
            }

            // Distinct terms matter most; repeats only break ties.
            var score = distinct.Count + (hits * 0.01);
            if (score > bestScore)
            {
                bestScore = score;
                bestStart = ranges[i].Start;
            }
        }

        var start = SentenceStartBefore(text, bestStart, windowLength / 3);
        var end = Math.Min(text.Length, start + windowLength);
        return (start, end);
    }

    private static int SentenceStartBefore(string text, int position, int maxBack)
    {
        for (var i = position - 1; i >= Math.Max(0, position - maxBack); i--)
        {
            if (text[i] is '。' or '！' or '？' or '；' or '\n' or '.' or '!' or '?')
            {
                return SkipSpace(text, i + 1);
            }
        }

        return Math.Max(0, position - Math.Min(maxBack, 20));
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static List<(int Start, int End)> Merge(List<(int Start, int End, string Term)> ranges)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var (start, end, _) in ranges.OrderBy(r => r.Start).ThenByDescending(r => r.End))
        {
            if (merged.Count > 0 && start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add((start, end));
            }
        }

        return merged;
    }

    private static string Render(string text, int start, int end, IReadOnlyList<(int Start, int End)> marks)
    {
        // Never cut a surrogate pair in two.
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        if (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append('…');
        }

        var position = start;
        foreach (var (markStart, markEnd) in marks)
        {
            var s = Math.Max(markStart, start);
            var e = Math.Min(markEnd, end);
            if (s >= e)
            {
                continue;
            }

            html.Append(HtmlText.Escape(text[position..s]));
            html.Append("<mark>").Append(HtmlText.Escape(text[s..e])).Append("</mark>");
            position = e;
        }

        html.Append(HtmlText.Escape(text[position..end]));
        if (end < text.Length)
        {
            html.Append('…');
        }

        return html.ToString().Replace("\n", " ", StringComparison.Ordinal);
    }
}
