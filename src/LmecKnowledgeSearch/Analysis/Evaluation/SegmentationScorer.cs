using LmecKnowledgeSearch.Analysis;

namespace LmecKnowledgeSearch.Analysis.Evaluation;

/// <summary>Precision, recall, F1 and OOV recall of word spans, as the SIGHAN score script counts them.</summary>
public sealed record SegmentationScore(long GoldWords, long TestWords, long Correct, long OovWords, long OovCorrect)
{
    public double Precision => TestWords == 0 ? 0 : (double)Correct / TestWords;

    public double Recall => GoldWords == 0 ? 0 : (double)Correct / GoldWords;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Recall on gold words absent from the training word list; NaN when there is no list.</summary>
    public double OovRecall => OovWords == 0 ? double.NaN : (double)OovCorrect / OovWords;
}

/// <summary>
/// Scores a segmenter against gold sentences. A segmenter never returns punctuation, but the gold counts it as words;
/// so the text between segments is split into tokens too (whitespace dropped, a run of one repeated character such as
/// —— or …… kept together, any other character alone), the same way for every segmenter scored.
/// </summary>
public static class SegmentationScorer
{
    public static SegmentationScore Score(ISegmenter segmenter, GoldTestSet testSet)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(testSet);
        long gold = 0, test = 0, correct = 0, oov = 0, oovCorrect = 0;
        var goldSpans = new HashSet<(int, int)>();
        foreach (var sentence in testSet.Sentences)
        {
            goldSpans.Clear();
            var position = 0;
            var oovSpans = new List<(int, int)>();
            foreach (var word in sentence.Words)
            {
                goldSpans.Add((position, position + word.Length));
                if (testSet.TrainingWords.Count > 0 && !testSet.TrainingWords.Contains(word))
                {
                    oovSpans.Add((position, position + word.Length));
                }

                position += word.Length;
            }

            var testSpans = TestSpans(segmenter, sentence.Text);
            gold += goldSpans.Count;
            test += testSpans.Count;
            foreach (var span in testSpans)
            {
                if (goldSpans.Contains(span))
                {
                    correct++;
                }
            }

            oov += oovSpans.Count;
            if (oovSpans.Count > 0)
            {
                var found = testSpans.ToHashSet();
                oovCorrect += oovSpans.Count(found.Contains);
            }
        }

        return new SegmentationScore(gold, test, correct, oov, oovCorrect);
    }

    /// <summary>The segmenter's words plus the in-between tokens, as (start, end) spans.</summary>
    public static List<(int Start, int End)> TestSpans(ISegmenter segmenter, string text)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<(int, int)>();
        var position = 0;
        foreach (var segment in segmenter.Segment(text))
        {
            AddGapTokens(text, position, segment.Start, spans);
            spans.Add((segment.Start, segment.End));
            position = segment.End;
        }

        AddGapTokens(text, position, text.Length, spans);
        return spans;
    }

    private static void AddGapTokens(string text, int start, int end, List<(int, int)> spans)
    {
        var i = start;
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var length = char.IsSurrogatePair(text, i) && i + 1 < end ? 2 : 1;
            var j = i + length;
            while (length == 1 && j < end && text[j] == text[i])
            {
                j++;
            }

            spans.Add((i, j));
            i = j;
        }
    }
}
