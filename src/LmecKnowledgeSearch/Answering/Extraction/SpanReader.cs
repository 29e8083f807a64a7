using LmecKnowledgeSearch.Analysis;

namespace LmecKnowledgeSearch.Answering.Extraction;

/// <summary>A candidate span with its sentence and features.</summary>
public sealed record ReadSpan(ReadSentence Sentence, SpanCandidate Span, float[] Features)
{
    public string Text => Sentence.Text.Substring(Span.Start, Span.Length);
}

/// <summary>
/// Reads the best retrieved passages for a question: their sentences (each text once), the
/// <see cref="MaxSentences"/> that share most of the question, and every candidate span of those with its features.
/// Training and answering read the same way, so the model sees at training what it is given at answering.
/// </summary>
public sealed class SpanReader
{
    public const int MaxPassages = 3;
    public const int MaxSentences = 5;

    private readonly SentenceSplitter splitter = new();
    private readonly SpanCandidateGenerator generator;

    public SpanReader(ISegmenter segmenter)
    {
        generator = new SpanCandidateGenerator(segmenter);
    }

    public IReadOnlyList<ReadSpan> Read(QuestionView question, IReadOnlyList<AnswerCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(candidates);
        var top = candidates.Count == 0 ? 0 : candidates.Take(MaxPassages).Max(c => c.RetrievalScore);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sentences = new List<(ReadSentence Sentence, SentenceMatch Match)>();
        for (var p = 0; p < Math.Min(MaxPassages, candidates.Count); p++)
        {
            foreach (var span in splitter.Split(candidates[p].Text ?? string.Empty))
            {
                var text = span.Text.Trim();
                if (text.Count(char.IsLetterOrDigit) >= 2 && seen.Add(text))
                {
                    var sentence = new ReadSentence(text, p, p, top > 0 ? candidates[p].RetrievalScore / top : 0);
                    sentences.Add((sentence, new SentenceMatch(question, text)));
                }
            }
        }

        var ranked = sentences
            .OrderByDescending(s => s.Match.BigramCoverage + (0.25 * s.Match.CharacterCoverage))
            .ThenBy(s => s.Sentence.PassageRank)
            .Take(MaxSentences)
            .ToList();
        var best = ranked.Count == 0 ? 0 : ranked.Max(s => s.Match.BigramCoverage);
        var spans = new List<ReadSpan>();
        for (var rank = 0; rank < ranked.Count; rank++)
        {
            var (sentence, match) = ranked[rank];
            var entities = SpanFeaturizer.Entities(question, sentence.Text);
            foreach (var candidate in generator.Generate(sentence.Text))
            {
                var features = new float[SpanFeaturizer.Count];
                SpanFeaturizer.Write(question, sentence, match, rank, best > 0 ? match.BigramCoverage / best : 0, entities, candidate, features);
                spans.Add(new ReadSpan(sentence, candidate, features));
            }
        }

        return spans;
    }
}
