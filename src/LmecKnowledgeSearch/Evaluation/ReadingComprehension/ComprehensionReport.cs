namespace LmecKnowledgeSearch.Evaluation.ReadingComprehension;

/// <summary>One question's outcome on a reading-comprehension set.</summary>
public sealed record ComprehensionOutcome(string Id, string ArticleId, string Question, string QuestionWord, string Answer, bool NoAnswer, double ExactMatch, double F1, double Confidence, double LatencyMs);

/// <summary>EM, F1 (0–100, the official CMRC metric) and the "no answer" rate over a group of questions.</summary>
public sealed record ComprehensionSummary(string Group, int Questions, double ExactMatch, double F1, double NoAnswerRate);

/// <summary>What `lmec eval --qa` prints.</summary>
public sealed record ComprehensionReport(
    string File,
    ComprehensionSummary Overall,
    IReadOnlyList<ComprehensionSummary> ByQuestionWord,
    double AskLatencyP50Ms,
    double AskLatencyP99Ms,
    IReadOnlyList<ComprehensionOutcome> Outcomes)
{
    public static ComprehensionReport From(string file, IReadOnlyList<ComprehensionOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var latencies = outcomes.Select(o => o.LatencyMs).Order().ToList();
        return new ComprehensionReport(
            file,
            Summarise("all", outcomes),
            outcomes.GroupBy(o => o.QuestionWord).Select(g => Summarise(g.Key, g.ToList())).OrderByDescending(s => s.Questions).ToList(),
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            outcomes);
    }

    private static ComprehensionSummary Summarise(string group, IReadOnlyList<ComprehensionOutcome> outcomes) =>
        outcomes.Count == 0
            ? new ComprehensionSummary(group, 0, 0, 0, 0)
            : new ComprehensionSummary(group, outcomes.Count, 100 * outcomes.Average(o => o.ExactMatch), 100 * outcomes.Average(o => o.F1), outcomes.Count(o => o.NoAnswer) / (double)outcomes.Count);

    private static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
