namespace LmecKnowledgeSearch.Enrichment.Themes;

/// <summary>A word or phrase that signals a theme, with how strongly it does.</summary>
public sealed record ThemeCue(string Term, double Weight);

/// <summary>One theme of the taxonomy: its id, labels in both languages, cues and tagging threshold.</summary>
/// <param name="RequiresCue">When true the classifier alone may not tag the theme: the text must contain at least one cue.</param>
public sealed record ThemeDefinition(
    string Id,
    string LabelZh,
    string LabelEn,
    double Threshold,
    bool RequiresCue,
    IReadOnlyList<ThemeCue> Cues);
