using LmecKnowledgeSearch.Evaluation;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;
using Xunit.Abstractions;

namespace LmecKnowledgeSearch.Tests.Evaluation;

/// <summary>
/// The whole pipeline on ../shared/corpus against our judged sets: fails when ranking or answers fall below what we
/// have reached, so a change that helps one query and hurts ten is caught. Floors sit a little under the measured
/// figures (see `lmec eval`) to absorb noise from ties, not regressions.
/// </summary>
[Collection(SharedCorpusCollection.Name)]
public sealed class EvaluationFloorTests(SharedCorpusIndex shared, ITestOutputHelper output)
{
    private const double SameLanguageNdcgFloor = 0.95;
    private const double CrossLingualNdcgFloor = 0.87;
    private const double AnswerAccuracyFloor = 0.83;

    [SharedCorpusFact]
    public void Indexes_nearly_every_shared_file_and_says_why_for_the_rest()
    {
        var report = shared.Report!;

        output.WriteLine($"indexed {report.Indexed}, failed {report.Failed.Count}, units {report.Units}, {report.ElapsedMs} ms");
        Assert.True(report.Indexed >= 215, $"only {report.Indexed} files indexed");
        Assert.All(report.Failed, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
    }

    [SharedCorpusFact]
    public void Invents_no_expert_views_in_papers_news_and_reports()
    {
        var views = shared.Knowledge!.Search.Search(new LmecKnowledgeSearch.Search.SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["kind"] = ["expert_view"] }, Top = 100 });

        Assert.All(views.Hits, v => Assert.StartsWith("seed/", v.Source, StringComparison.Ordinal));
    }

    private static string Fixture(string name) => Path.Combine(TestCorpus.RepoRoot, "tests", "LmecKnowledgeSearch.Tests", "Fixtures", "Evaluation", name);

    [SharedCorpusFact]
    public void Ranking_and_answers_stay_at_or_above_the_measured_floors()
    {
        var knowledge = shared.Knowledge!;

        var report = new Evaluator(knowledge).Run(JudgedSets.ReadQueries(Fixture("judged-queries.tsv")), JudgedSets.ReadQuestions(Fixture("questions.tsv")));

        foreach (var row in report.Ranking)
        {
            output.WriteLine($"{row.Group}: n={row.Queries} nDCG@10={row.Ndcg10:0.000} recall@10={row.Recall10:0.000} MRR={row.Mrr:0.000}");
        }

        output.WriteLine($"answer accuracy {report.AnswerAccuracy:0.000}; p50 {report.QueryLatencyP50Ms:0} ms, p99 {report.QueryLatencyP99Ms:0} ms");
        Assert.True(report.Ranking.Single(r => r.Group == "same").Ndcg10 >= SameLanguageNdcgFloor, "same-language nDCG@10 fell below its floor");
        Assert.True(report.Ranking.Single(r => r.Group == "cross").Ndcg10 >= CrossLingualNdcgFloor, "cross-lingual nDCG@10 fell below its floor");
        Assert.True(report.AnswerAccuracy >= AnswerAccuracyFloor, "answer accuracy fell below its floor");
    }
}
