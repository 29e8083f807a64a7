using System.Text.Json;

namespace LmecKnowledgeSearch.Enrichment.Themes;

/// <summary>The themes units are tagged with, read from Data/themes/taxonomy.json.</summary>
public sealed class ThemeTaxonomy
{
    private const string ResourceSuffix = "taxonomy.json";

    public ThemeTaxonomy(IReadOnlyList<ThemeDefinition> themes)
    {
        ArgumentNullException.ThrowIfNull(themes);
        var duplicate = themes.GroupBy(t => t.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Theme id '{duplicate.Key}' appears twice.", nameof(themes));
        }

        Themes = themes;
    }

    public IReadOnlyList<ThemeDefinition> Themes { get; }

    public ThemeDefinition? Find(string id) => Themes.FirstOrDefault(t => t.Id == id);

    /// <summary>The taxonomy embedded in the library.</summary>
    public static ThemeTaxonomy LoadEmbedded()
    {
        using var stream = EmbeddedData.Open("themes", ResourceSuffix);
        return Parse(stream);
    }

    public static ThemeTaxonomy Parse(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var themes = new List<ThemeDefinition>();
        foreach (var theme in document.RootElement.GetProperty("themes").EnumerateArray())
        {
            var id = theme.GetProperty("id").GetString() ?? throw new FormatException("A theme has no id.");
            var cues = new List<ThemeCue>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var cue in theme.GetProperty("cues").EnumerateObject())
            {
                // A duplicated cue is a typo in the data file; silently keeping one weight would hide it.
                if (!seen.Add(cue.Name))
                {
                    throw new FormatException($"Cue '{cue.Name}' appears twice in theme '{id}'.");
                }

                cues.Add(new ThemeCue(cue.Name, cue.Value.GetDouble()));
            }

            themes.Add(new ThemeDefinition(
                id,
                theme.GetProperty("labelZh").GetString() ?? id,
                theme.GetProperty("labelEn").GetString() ?? id,
                theme.TryGetProperty("threshold", out var threshold) ? threshold.GetDouble() : 1.0,
                theme.TryGetProperty("requiresCue", out var requiresCue) && requiresCue.GetBoolean(),
                cues));
        }

        return new ThemeTaxonomy(themes);
    }
}
