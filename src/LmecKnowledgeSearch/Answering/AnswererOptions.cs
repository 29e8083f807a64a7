namespace LmecKnowledgeSearch.Answering;

/// <summary>Tuning of <see cref="ExtractiveAnswerer"/>.</summary>
/// <param name="MinConfidence">Below this the answer is <see cref="ExtractiveAnswerer.NoAnswer"/>.</param>
/// <param name="MaxEvidence">Sentences cited, best first.</param>
/// <param name="SpanSearchDepth">How many of the best sentences are searched for a typed answer span.</param>
/// <param name="MaxAnswerLength">A sentence answer longer than this is cut (with an ellipsis).</param>
public sealed record AnswererOptions(double MinConfidence = 0.4, int MaxEvidence = 4, int SpanSearchDepth = 5, int MaxAnswerLength = 220);
