using System.Diagnostics;
using System.Globalization;
using System.Text;
using LmecKnowledgeSearch.Answering;
using LmecKnowledgeSearch.Composition;
using LmecKnowledgeSearch.Search;

namespace LmecKnowledgeSearch.Evaluation;

/// <summary>Runs the judged queries and questions against a knowledge base and computes the report.</summary>
public sealed class Evaluator
{
    private readonly KnowledgeBase knowledge;

    public Evaluator(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        this.knowledge = knowledge;
    }

    public EvaluationReport Run(IReadOnlyList<JudgedQuery> queries, IReadOnlyList<JudgedQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(questions);

        // One untimed query first: the first search pays for opening the index and JIT.
        if (queries.Count > 0)
        {
            knowledge.Search.Search(new SearchRequest { Query = queries[0].Query });
        }

        if (questions.Count > 0)
        {
            knowledge.Ask(questions[0].Question); // untimed: the span model and answerer load on first use
        }

        var queryOutcomes = queries.Select(RunQuery).ToList();
        var questionOutcomes = questions.Select(RunQuestion).ToList();
        var summaries = new List<RankingSummary>();
        foreach (var group in queryOutcomes.GroupBy(q => q.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            summaries.Add(Summarise(group.Key, group.ToList()));
        }

        summaries.Add(Summarise("all", queryOutcomes));
        var latencies = queryOutcomes.Select(q => q.LatencyMs).Order().ToList();
        var askLatencies = questionOutcomes.Select(q => q.LatencyMs).Order().ToList();
        return new EvaluationReport(
            summaries,
            questionOutcomes.Count == 0 ? 0 : questionOutcomes.Count(q => q.Correct) / (double)questionOutcomes.Count,
            questionOutcomes.Count,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            queryOutcomes,
            questionOutcomes)
        {
            AskLatencyP50Ms = Percentile(askLatencies, 0.50),
            AskLatencyP99Ms = Percentile(askLatencies, 0.99),
        };
    }

    private QueryOutcome RunQuery(JudgedQuery query)
    {
        var stopwatch = Stopwatch.StartNew();
        var response = knowledge.Search.Search(new SearchRequest { Query = query.Query, Top = 10 });
        var latency = stopwatch.Elapsed.TotalMilliseconds;
        var sources = response.Hits.Select(h => h.Source).ToList();
        var scores = RankingMetrics.Score(sources, query.Relevant);
        return new QueryOutcome(query.Id, query.Kind, query.Query, scores.Ndcg, scores.Recall, scores.ReciprocalRank, sources, latency);
    }

    private QuestionOutcome RunQuestion(JudgedQuestion question)
    {
        var stopwatch = Stopwatch.StartNew();
        var answer = knowledge.Ask(question.Question);
        var latency = stopwatch.Elapsed.TotalMilliseconds;
        var said = Normalise(answer.Answer);
        var correct = question.Answerable
            ? answer.Answer != QuestionAnswerer.NoAnswer && question.Answers.Any(a => said.Contains(Normalise(a), StringComparison.Ordinal))
                && (question.CitedSpeaker is null || answer.Evidence.FirstOrDefault()?.Speaker is { } speaker && Normalise(speaker) == Normalise(question.CitedSpeaker))
            : answer.Answer == QuestionAnswerer.NoAnswer;
        return new QuestionOutcome(question.Id, question.Question, answer.Answer, answer.Confidence, correct, answer.Evidence.FirstOrDefault()?.Speaker, latency);
    }

    private static RankingSummary Summarise(string group, IReadOnlyList<QueryOutcome> outcomes) =>
        outcomes.Count == 0
            ? new RankingSummary(group, 0, 0, 0, 0)
            : new RankingSummary(group, outcomes.Count, outcomes.Average(o => o.Ndcg10), outcomes.Average(o => o.Recall10), outcomes.Average(o => o.ReciprocalRank));

    private static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    /// <summary>Case, width and spacing do not decide whether an answer is right.</summary>
    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
