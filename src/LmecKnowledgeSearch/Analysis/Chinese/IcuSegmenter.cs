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

    public IReadOnlyList<Segment> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var segments = new List<Segment>();
        if (text.Length == 0)
        {
            return segments;
        }

        // BreakIterator keeps per-text state, so each call works on its own clone.
        var iterator = (BreakIterator)prototype.Clone();
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

        return segments;
    }
}
