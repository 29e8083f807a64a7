using LmecKnowledgeSearch.Analysis.Lexicon;

namespace LmecKnowledgeSearch.Analysis.Chinese;

/// <summary>
/// The product segmenter: ICU's dictionary word breaks, then number expressions and domain-lexicon words laid over
/// them (kept whole even where ICU split them), then merges of the pieces ICU leaves (suffixes, names, single characters).
/// </summary>
public sealed class DomainSegmenter : ISegmenter
{
    private readonly ISegmenter baseSegmenter;
    private readonly DomainLexicon lexicon;
    private readonly SingleCharacterMerger merger = new();

    /// <param name="baseSegmenter">ICU's dictionary words: <see cref="CjkDictionarySegmenter"/> or <see cref="IcuSegmenter"/>.</param>
    public DomainSegmenter(ISegmenter baseSegmenter, DomainLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(baseSegmenter);
        ArgumentNullException.ThrowIfNull(lexicon);
        this.baseSegmenter = baseSegmenter;
        this.lexicon = lexicon;
    }

    public IReadOnlyList<Segment> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var icuSegments = baseSegmenter.Segment(text);
        var boundaries = new bool[text.Length + 1];
        foreach (var icuSegment in icuSegments)
        {
            boundaries[icuSegment.Start] = true;
            boundaries[icuSegment.End] = true;
        }

        var segments = new List<Segment>(icuSegments.Count);
        var locked = new List<bool>(icuSegments.Count);
        var covered = 0;
        foreach (var icuSegment in icuSegments)
        {
            covered = AddNumbersInGap(text, covered, icuSegment.Start, segments, locked);
            if (icuSegment.End <= covered)
            {
                continue;
            }

            var position = Math.Max(icuSegment.Start, covered);
            while (position < icuSegment.End)
            {
                var forced = ForcedSpanAt(text, position, icuSegment, boundaries);
                if (forced.Length == 0)
                {
                    var kind = position == icuSegment.Start ? icuSegment.Kind : KindOf(text, position, icuSegment.End, icuSegment.Kind);
                    segments.Add(new Segment(position, icuSegment.End - position, kind));
                    locked.Add(false);
                    covered = icuSegment.End;
                    break;
                }

                segments.Add(forced);
                locked.Add(forced.Kind == SegmentKind.Ideographic);
                covered = forced.End;
                position = covered;
            }
        }

        AddNumbersInGap(text, covered, text.Length, segments, locked);
        FunctionWordSplitter.Split(text, segments, locked);
        merger.Merge(text, segments, locked);
        return segments;
    }

    /// <summary>ICU gives full-width digits (１９９５) no word status, so numbers are also looked for between its words.</summary>
    private static int AddNumbersInGap(string text, int start, int end, List<Segment> segments, List<bool> locked)
    {
        var covered = start;
        for (var i = start; i < end; i++)
        {
            if (i < covered || !HanCharacters.IsDigit(text[i]))
            {
                continue;
            }

            var number = NumberSpanScanner.MatchAt(text, i);
            if (number > 0)
            {
                segments.Add(new Segment(i, number, SegmentKind.Numeric));
                locked.Add(false);
                covered = i + number;
            }
        }

        return covered;
    }

    private Segment ForcedSpanAt(string text, int position, Segment icuSegment, bool[] boundaries)
    {
        // Numbers only start where ICU saw a word start, so 统一 never yields a number 一.
        var number = position == icuSegment.Start ? NumberSpanScanner.MatchAt(text, position) : 0;
        var word = 0;
        if (icuSegment.Kind is SegmentKind.Ideographic or SegmentKind.Numeric)
        {
            // Prefer a word ending on an ICU boundary: 生态环境部门 is 生态环境 + 部门, not 生态环境部 + 门.
            word = lexicon.LongestMatchAt(text, position, static (b, end) => b[end], boundaries);
            // A lexicon word strictly inside a longer ICU word would split that word; ICU's longer word wins.
            if (position >= icuSegment.Start && position + word <= icuSegment.End && word < icuSegment.Length)
            {
                word = 0;
            }
        }

        // A lexicon word that starts with a number (十四五规划) outranks the bare number.
        if (word > number)
        {
            return new Segment(position, word, SegmentKind.Ideographic);
        }

        return number > 0 ? new Segment(position, number, SegmentKind.Numeric) : default;
    }

    private static SegmentKind KindOf(string text, int start, int end, SegmentKind fallback)
    {
        for (var i = start; i < end; i++)
        {
            if (!HanCharacters.IsDigit(text[i]))
            {
                return fallback;
            }
        }

        return SegmentKind.Numeric;
    }
}
