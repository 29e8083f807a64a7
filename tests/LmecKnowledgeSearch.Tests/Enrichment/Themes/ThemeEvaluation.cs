using System.Globalization;
using System.Text;

namespace LmecKnowledgeSearch.Tests.Enrichment.Themes;

/// <summary>Precision, recall and F1 of one theme over a set of units.</summary>
public sealed record ThemeEvaluationRow(string ThemeId, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Compares predicted theme sets with the labels.</summary>
public static class ThemeEvaluation
{
    public static IReadOnlyList<ThemeEvaluationRow> Evaluate(
        IEnumerable<string> themeIds, IReadOnlyList<(IReadOnlySet<string> Gold, IReadOnlySet<string> Predicted)> cases) =>
        themeIds.Select(id => new ThemeEvaluationRow(
                id,
                cases.Count(c => c.Gold.Contains(id) && c.Predicted.Contains(id)),
                cases.Count(c => !c.Gold.Contains(id) && c.Predicted.Contains(id)),
                cases.Count(c => c.Gold.Contains(id) && !c.Predicted.Contains(id))))
            .ToList();

    public static string Format(string title, IReadOnlyList<ThemeEvaluationRow> rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine(title);
        sb.AppendLine("theme                      P      R      F1     tp  fp  fn");
        foreach (var r in rows)
        {
            sb.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{r.ThemeId,-24} {r.Precision,6:0.000} {r.Recall,6:0.000} {r.F1,6:0.000} {r.TruePositives,4} {r.FalsePositives,3} {r.FalseNegatives,3}"));
        }

        var tp = rows.Sum(r => r.TruePositives);
        var fp = rows.Sum(r => r.FalsePositives);
        var fn = rows.Sum(r => r.FalseNegatives);
        var micro = new ThemeEvaluationRow("micro", tp, fp, fn);
        sb.AppendLine(string.Create(
            CultureInfo.InvariantCulture, $"{"micro",-24} {micro.Precision,6:0.000} {micro.Recall,6:0.000} {micro.F1,6:0.000} {tp,4} {fp,3} {fn,3}"));
        return sb.ToString();
    }
}
