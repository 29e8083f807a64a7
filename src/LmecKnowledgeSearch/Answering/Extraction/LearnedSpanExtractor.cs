using System.Buffers;
using LmecKnowledgeSearch.Analysis;

namespace LmecKnowledgeSearch.Answering.Extraction;

/// <summary>The best span the model found, its probability, and the sentence and passage it comes from.</summary>
public sealed record ExtractedSpan(string Text, double Probability, ReadSentence Sentence, SpanCandidate Span);

/// <summary>Reads the best passages for a question and returns the span the learned model rates highest.</summary>
public sealed class LearnedSpanExtractor
{
    private readonly SpanReader reader;
    private readonly SpanScoringModel model;

    public LearnedSpanExtractor(SpanScoringModel model, ISegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(segmenter);
        this.model = model;
        reader = new SpanReader(segmenter);
    }

    public SpanScoringModel Model => model;

    public ExtractedSpan? Extract(string question, QuestionAnalysis analysis, IReadOnlyList<AnswerCandidate> candidates)
    {
        var spans = reader.Read(new QuestionView(question, analysis), candidates);
        if (spans.Count == 0)
        {
            return null;
        }

        var scores = ArrayPool<float>.Shared.Rent(spans.Count);
        try
        {
            model.Score(spans, scores);
            var best = 0;
            for (var i = 1; i < spans.Count; i++)
            {
                if (scores[i] > scores[best])
                {
                    best = i;
                }
            }

            return new ExtractedSpan(spans[best].Text, scores[best], spans[best].Sentence, spans[best].Span);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
    }
}
