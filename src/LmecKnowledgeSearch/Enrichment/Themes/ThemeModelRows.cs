using Microsoft.ML.Data;

namespace LmecKnowledgeSearch.Enrichment.Themes;

/// <summary>The text the theme featurizer reads (an ML.NET row, hence mutable).</summary>
public sealed class ThemeModelInput
{
    public string Text { get; set; } = string.Empty;
}

/// <summary>The hashed character n-gram features of a text, as the featurizer writes them.</summary>
public sealed class ThemeFeatures
{
    public VBuffer<float> Features { get; set; }
}

/// <summary>Featurized training row for one theme's binary classifier.</summary>
public sealed class ThemeFeatureRow
{
    [VectorType(ThemeFeaturizer.FeatureCount)]
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }
}
