namespace LmecKnowledgeSearch.Enrichment.Themes;

/// <summary>A text and the themes a person gave it, for training the theme classifier.</summary>
public sealed record ThemeTrainingExample(string Text, IReadOnlySet<string> Themes);
