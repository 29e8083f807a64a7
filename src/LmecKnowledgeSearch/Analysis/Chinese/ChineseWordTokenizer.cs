using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace LmecKnowledgeSearch.Analysis.Chinese;

/// <summary>
/// Lucene tokenizer over an <see cref="ISegmenter"/>. Full-width ASCII forms (ＡＢＣ，１２３) are folded to half-width
/// before segmentation, one char for one char so offsets stay exact; tokens carry Lucene's standard types so Lucene's
/// own filters (CJKBigramFilter, LowerCaseFilter) compose with it.
/// </summary>
public sealed class ChineseWordTokenizer : Tokenizer
{
    public const string WordType = "<WORD>";
    public const string OtherType = "<OTHER>";

    private readonly ISegmenter segmenter;
    private readonly ICharTermAttribute termAttribute;
    private readonly IOffsetAttribute offsetAttribute;
    private readonly ITypeAttribute typeAttribute;
    private readonly IPositionIncrementAttribute positionIncrementAttribute;
    private string text = string.Empty;
    private IReadOnlyList<Segment> segments = [];
    private int next;

    public ChineseWordTokenizer(TextReader input, ISegmenter segmenter)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        this.segmenter = segmenter;
        termAttribute = AddAttribute<ICharTermAttribute>();
        offsetAttribute = AddAttribute<IOffsetAttribute>();
        typeAttribute = AddAttribute<ITypeAttribute>();
        positionIncrementAttribute = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (next >= segments.Count)
        {
            return false;
        }

        var segment = segments[next++];
        termAttribute.SetEmpty().Append(text, segment.Start, segment.Length);
        offsetAttribute.SetOffset(CorrectOffset(segment.Start), CorrectOffset(segment.End));
        typeAttribute.Type = TokenTypeOf(segment, text[segment.Start]);
        positionIncrementAttribute.PositionIncrement = 1;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        // Lucene's reusable string reader answers null, not "", for an empty field.
        text = WidthFolding.FoldFullWidthAscii(m_input.ReadToEnd() ?? string.Empty);
        segments = segmenter.Segment(text);
        next = 0;
    }

    public override void End()
    {
        base.End();
        var finalOffset = CorrectOffset(text.Length);
        offsetAttribute.SetOffset(finalOffset, finalOffset);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Drop the last document so a pooled analyzer does not keep it alive.
            text = string.Empty;
            segments = [];
            next = 0;
        }

        base.Dispose(disposing);
    }

    private static string TokenTypeOf(Segment segment, char first) => segment.Kind switch
    {
        // Only single ideographs are <IDEOGRAPHIC>, so CJKBigramFilter leaves the segmenter's words whole.
        SegmentKind.Ideographic => segment.Length == 1 || (segment.Length == 2 && char.IsHighSurrogate(first)) ? "<IDEOGRAPHIC>" : WordType,
        SegmentKind.Alphanumeric => "<ALPHANUM>",
        SegmentKind.Numeric => "<NUM>",
        _ => first switch
        {
            >= '\u3040' and <= '\u309F' => "<HIRAGANA>",
            >= '\u30A0' and <= '\u30FF' => "<KATAKANA>",
            >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' => "<HANGUL>",
            _ => OtherType,
        },
    };
}
