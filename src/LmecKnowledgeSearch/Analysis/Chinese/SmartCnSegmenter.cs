using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;

namespace LmecKnowledgeSearch.Analysis.Chinese;

/// <summary>
/// Chinese words from Lucene's SmartCn hidden-Markov-model segmenter (word and bigram statistics of a large corpus),
/// other scripts and numbers from <paramref name="otherScripts"/> (ICU). Each run of adjacent Han words the ICU base
/// finds is handed to SmartCn whole, so offsets stay those of the input text.
/// </summary>
public sealed class SmartCnSegmenter : ISegmenter
{
    private readonly ISegmenter otherScripts;
    private readonly HHMMSegmenter model = new();

    /// <param name="otherScripts">Finds the Han runs and segments everything that is not Han (ICU's word breaks).</param>
    public SmartCnSegmenter(ISegmenter otherScripts)
    {
        ArgumentNullException.ThrowIfNull(otherScripts);
        this.otherScripts = otherScripts;
    }

    public IReadOnlyList<Segment> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var baseSegments = otherScripts.Segment(text);
        var segments = new List<Segment>(baseSegments.Count);
        var i = 0;
        while (i < baseSegments.Count)
        {
            if (baseSegments[i].Kind != SegmentKind.Ideographic)
            {
                segments.Add(baseSegments[i++]);
                continue;
            }

            var runStart = baseSegments[i].Start;
            var runEnd = baseSegments[i].End;
            i++;
            while (i < baseSegments.Count && baseSegments[i].Kind == SegmentKind.Ideographic && baseSegments[i].Start == runEnd)
            {
                runEnd = baseSegments[i++].End;
            }

            AddModelWords(text, runStart, runEnd, segments);
        }

        return segments;
    }

    private void AddModelWords(string text, int start, int end, List<Segment> segments)
    {
        var firstAdded = segments.Count;
        foreach (var token in model.Process(text[start..end]))
        {
            if (token.WordType is WordType.SENTENCE_BEGIN or WordType.SENTENCE_END || token.EndOffset <= token.StartOffset)
            {
                continue;
            }

            var word = new Segment(start + token.StartOffset, token.EndOffset - token.StartOffset, SegmentKind.Ideographic);
            // The model counts UTF-16 units, so it can cut a supplementary ideograph (𠀀) in two; the halves stay one word.
            if (segments.Count > firstAdded && char.IsLowSurrogate(text[word.Start]) && segments[^1].End == word.Start)
            {
                segments[^1] = segments[^1] with { Length = word.End - segments[^1].Start };
                continue;
            }

            segments.Add(word);
        }

        // The model covers every character of a Han run; should it ever not, the run stays one word rather than text being lost.
        var covered = firstAdded == segments.Count ? start : segments[firstAdded].Start;
        var contiguous = covered == start;
        for (var k = firstAdded; k < segments.Count && contiguous; k++)
        {
            contiguous = segments[k].Start == covered;
            covered = segments[k].End;
        }

        if (!contiguous || covered != end)
        {
            segments.RemoveRange(firstAdded, segments.Count - firstAdded);
            segments.Add(new Segment(start, end - start, SegmentKind.Ideographic));
        }
    }
}
