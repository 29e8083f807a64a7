namespace LmecKnowledgeSearch.Analysis;

/// <summary>Kind of a segment; maps onto Lucene's standard token types so Lucene filters (CJKBigramFilter…) compose.</summary>
public enum SegmentKind
{
    /// <summary>A word of Han characters (Lucene type &lt;IDEOGRAPHIC&gt; for single chars, &lt;WORD&gt;-like otherwise).</summary>
    Ideographic,
    /// <summary>A Latin/alphanumeric word (&lt;ALPHANUM&gt;).</summary>
    Alphanumeric,
    /// <summary>A number (&lt;NUM&gt;), possibly with a CJK unit such as 年 or %.</summary>
    Numeric,
    /// <summary>Hiragana, Katakana, Hangul, other scripts.</summary>
    Other,
}

/// <summary>A word found by a segmenter: a range of the input text. Punctuation and whitespace are never segments.</summary>
public readonly record struct Segment(int Start, int Length, SegmentKind Kind)
{
    public int End => Start + Length;
}

/// <summary>The seam for Chinese word segmentation: any segmenter (ICU dictionary, lexicon DP, a future statistical one) plugs in here.</summary>
public interface ISegmenter
{
    /// <summary>Words of <paramref name="text"/> in order, non-overlapping, offsets into <paramref name="text"/>.</summary>
    IReadOnlyList<Segment> Segment(string text);
}
