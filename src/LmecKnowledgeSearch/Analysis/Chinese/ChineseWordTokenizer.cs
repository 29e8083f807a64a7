using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace LmecKnowledgeSearch.Analysis.Chinese;

/// <summary>
/// Lucene tokenizer over an <see cref="ISegmenter"/>. Emits standard token types so Lucene's own filters compose with it.
/// </summary>
public sealed class ChineseWordTokenizer : Tokenizer
{
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
        typeAttribute.Type = TokenTypeOf(segment);
        positionIncrementAttribute.PositionIncrement = 1;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        text = m_input.ReadToEnd();
        segments = segmenter.Segment(text);
        next = 0;
    }

    public override void End()
    {
        base.End();
        var finalOffset = CorrectOffset(text.Length);
        offsetAttribute.SetOffset(finalOffset, finalOffset);
    }

    private static string TokenTypeOf(Segment segment) => segment.Kind switch
    {
        SegmentKind.Ideographic => segment.Length == 1 ? "<IDEOGRAPHIC>" : "<WORD>",
        SegmentKind.Alphanumeric => "<ALPHANUM>",
        SegmentKind.Numeric => "<NUM>",
        _ => "<OTHER>",
    };
}
