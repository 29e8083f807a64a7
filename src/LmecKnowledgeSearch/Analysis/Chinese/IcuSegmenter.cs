using System.Collections.Concurrent;
using System.Globalization;
using ICU4N.Text;

namespace LmecKnowledgeSearch.Analysis.Chinese;

/// <summary>Words from ICU's dictionary-based word BreakIterator (the engine behind Lucene's ICUTokenizer).</summary>
public sealed class IcuSegmenter : ISegmenter
{
    // ICU rule-status ranges (UBRK_WORD_*): 100s numbers, 200s letters, 300s kana, 400s ideographs; below 100 is punctuation/space.
    private const int NumberStatus = 100;
    private const int LetterStatus = 200;
    private const int KanaStatus = 300;
    private const int IdeoStatus = 400;

    private readonly BreakIterator prototype = BreakIterator.GetWordInstance(new CultureInfo("zh"));

    // BreakIterator keeps per-text state and is not thread-safe; cloning per call is costly, so clones are pooled.
    private readonly ConcurrentBag<BreakIterator> pool = [];

    public IReadOnlyList<Segment> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var segments = new List<Segment>();
        if (text.Length == 0)
        {
            return segments;
        }

        var iterator = pool.TryTake(out var pooled) ? pooled : (BreakIterator)prototype.Clone();
        try
        {
            Collect(iterator, text, segments);
        }
        finally
        {
            iterator.SetText(string.Empty);
            pool.Add(iterator);
        }

        return segments;
    }

    private static void Collect(BreakIterator iterator, string text, List<Segment> segments)
    {
        iterator.SetText(text);
        var start = iterator.First();
        for (var end = iterator.Next(); end != BreakIterator.Done; start = end, end = iterator.Next())
        {
            var status = iterator.RuleStatus;
            if (status < NumberStatus)
            {
                continue;
            }

            var kind = status switch
            {
                >= IdeoStatus => SegmentKind.Ideographic,
                >= KanaStatus => SegmentKind.Other,
                >= LetterStatus => SegmentKind.Alphanumeric,
                _ => SegmentKind.Numeric,
            };
            segments.Add(new Segment(start, end - start, kind));
        }
    }
}
