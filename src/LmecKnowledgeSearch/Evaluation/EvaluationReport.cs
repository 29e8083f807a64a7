namespace LmecKnowledgeSearch.Evaluation;

/// <summary>Mean ranking scores over a group of queries ("same", "cross" or "all").</summary>
public sealed record RankingSummary(string Group, int Queries, double Ndcg10, double Recall10, double Mrr);

/// <summary>One query's outcome, for finding what to improve.</summary>
public sealed record QueryOutcome(string Id, string Kind, string Query, double Ndcg10, double Recall10, double ReciprocalRank, IReadOnlyList<string> TopSources, double LatencyMs);

/// <summary>One question's outcome.</summary>
public sealed record QuestionOutcome(string Id, string Question, string Answer, double Confidence, bool Correct, string? FirstCitedSpeaker, double LatencyMs);

/// <summary>The figures `lmec eval` prints.</summary>
public sealed record EvaluationReport(
    IReadOnlyList<RankingSummary> Ranking,
    double AnswerAccuracy,
    int Questions,
    double QueryLatencyP50Ms,
    double QueryLatencyP99Ms,
    IReadOnlyList<QueryOutcome> QueryOutcomes,
    IReadOnlyList<QuestionOutcome> QuestionOutcomes)
{
    /// <summary>Ask latency over the judged questions (warm process; the first question is timed after a warm-up).</summary>
    public double AskLatencyP50Ms { get; init; }

    public double AskLatencyP99Ms { get; init; }
}
