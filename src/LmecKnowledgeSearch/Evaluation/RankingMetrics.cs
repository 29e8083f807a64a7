namespace LmecKnowledgeSearch.Evaluation;

/// <summary>Scores of one ranked list against its judgments.</summary>
public readonly record struct RankingScores(double Ndcg, double Recall, double ReciprocalRank);

/// <summary>nDCG@k (gain 2^grade − 1), recall@k and reciprocal rank over a ranked list of document sources.</summary>
public static class RankingMetrics
{
    public static RankingScores Score(IReadOnlyList<string> rankedSources, IReadOnlyList<RelevantDocument> relevant, int k = 10)
    {
        ArgumentNullException.ThrowIfNull(rankedSources);
        ArgumentNullException.ThrowIfNull(relevant);
        var ranked = rankedSources.Distinct(StringComparer.Ordinal).Take(k).ToList();
        double dcg = 0;
        var found = 0;
        double reciprocal = 0;
        foreach (var document in relevant)
        {
            var rank = ranked.FindIndex(source => document.Sources.Contains(source, StringComparer.Ordinal));
            if (rank < 0)
            {
                continue;
            }

            found++;
            dcg += Gain(document.Grade) / Math.Log2(rank + 2);
            reciprocal = Math.Max(reciprocal, 1.0 / (rank + 1));
        }

        var ideal = relevant.Select(r => r.Grade).OrderDescending().Take(k).Select((grade, i) => Gain(grade) / Math.Log2(i + 2)).Sum();
        return new RankingScores(
            ideal == 0 ? 0 : dcg / ideal,
            relevant.Count == 0 ? 0 : (double)found / relevant.Count,
            reciprocal);
    }

    private static double Gain(int grade) => Math.Pow(2, grade) - 1;
}
