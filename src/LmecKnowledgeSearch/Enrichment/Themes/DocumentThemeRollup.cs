namespace LmecKnowledgeSearch.Enrichment.Themes;

/// <summary>
/// Themes of a whole document from the themes of its parts. A long report that mentions gender in one paragraph is not
/// a gender document; one where a fair share of the parts carry the theme is.
/// </summary>
public static class DocumentThemeRollup
{
    private const double MinShare = 0.12;
    private const int EnoughParts = 6;

    public static IReadOnlyList<ThemeTag> Combine(IReadOnlyList<IReadOnlyList<ThemeTag>> partTags)
    {
        ArgumentNullException.ThrowIfNull(partTags);
        if (partTags.Count == 0)
        {
            return [];
        }

        var needed = partTags.Count <= 3 ? 1 : Math.Min(EnoughParts, Math.Max(2, (int)Math.Ceiling(partTags.Count * MinShare)));
        return partTags
            .SelectMany(tags => tags)
            .GroupBy(t => t.Id, StringComparer.Ordinal)
            .Where(g => g.Count() >= needed)
            .Select(g => new ThemeTag(
                g.Key,
                Math.Round(g.Max(t => t.Score) * Math.Min(1.0, 0.5 + ((double)g.Count() / partTags.Count)), 4),
                g.SelectMany(t => t.Evidence).GroupBy(e => e, StringComparer.Ordinal).OrderByDescending(e => e.Count()).Select(e => e.Key).Take(8).ToList()))
            .OrderByDescending(t => t.Score)
            .ToList();
    }
}
