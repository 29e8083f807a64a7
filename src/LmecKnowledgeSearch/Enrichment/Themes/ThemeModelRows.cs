namespace LmecKnowledgeSearch.Enrichment.Themes;

/// <summary>The text the theme classifier reads (an ML.NET row, hence mutable).</summary>
public sealed class ThemeModelInput
{
    public string Text { get; set; } = string.Empty;
}

/// <summary>A labelled row for training one theme's binary classifier.</summary>
public sealed class ThemeTrainingRow
{
    public string Text { get; set; } = string.Empty;

    public bool Label { get; set; }
}

/// <summary>What one theme's binary classifier says about a text.</summary>
public sealed class ThemeModelOutput
{
    public float Probability { get; set; }

    public float Score { get; set; }
}
