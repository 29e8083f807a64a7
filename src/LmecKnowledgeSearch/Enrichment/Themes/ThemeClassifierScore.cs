namespace LmecKnowledgeSearch.Enrichment.Themes;

/// <summary>The classifier's probability that a text belongs to a theme, and the probability from which it tags it.</summary>
public sealed record ThemeClassifierScore(string ThemeId, double Probability, double Threshold)
{
    /// <summary>The probability rescaled so the threshold sits at 0.5, comparable with <see cref="ThemeLexiconScore.Confidence"/>.</summary>
    public double Confidence => Threshold >= 1
        ? 0
        : Probability < Threshold
            ? 0.5 * Probability / Threshold
            : 0.5 + (0.5 * (Probability - Threshold) / (1 - Threshold));
}
