using Microsoft.ML.Data;

namespace LmecKnowledgeSearch.Enrichment.Themes;

/// <summary>
/// One theme's trained logistic model: weights over the featurizer's slots, bias and Platt calibration. Kept as plain
/// numbers so one featurization of a text serves every theme, and immutable so any number of threads can share it.
/// </summary>
internal sealed class ThemeLinearModel
{
    private readonly float[] _weights;

    public ThemeLinearModel(float[] weights, float bias, float plattSlope, float plattOffset)
    {
        _weights = weights;
        Bias = bias;
        PlattSlope = plattSlope;
        PlattOffset = plattOffset;
    }

    public float Bias { get; }

    public float PlattSlope { get; }

    public float PlattOffset { get; }

    public double Probability(VBuffer<float> features)
    {
        var score = (double)Bias;
        var values = features.GetValues();
        if (features.IsDense)
        {
            for (var i = 0; i < values.Length; i++)
            {
                score += values[i] * _weights[i];
            }
        }
        else
        {
            var indices = features.GetIndices();
            for (var k = 0; k < values.Length; k++)
            {
                score += values[k] * _weights[indices[k]];
            }
        }

        // ML.NET's Platt calibrator: p = 1 / (1 + exp(slope * score + offset)).
        return 1 / (1 + Math.Exp((PlattSlope * score) + PlattOffset));
    }

    public double Probability(float[] denseFeatures) =>
        Probability(new VBuffer<float>(denseFeatures.Length, denseFeatures));

    /// <summary>Writes the non-zero weights only: L1 regularisation leaves most slots at zero.</summary>
    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(_weights.Length);
        writer.Write(Bias);
        writer.Write(PlattSlope);
        writer.Write(PlattOffset);
        var nonZero = Enumerable.Range(0, _weights.Length).Where(i => _weights[i] != 0).ToList();
        writer.Write(nonZero.Count);
        foreach (var i in nonZero)
        {
            writer.Write(i);
            writer.Write(_weights[i]);
        }
    }

    public static ThemeLinearModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var weights = new float[reader.ReadInt32()];
        var bias = reader.ReadSingle();
        var slope = reader.ReadSingle();
        var offset = reader.ReadSingle();
        var count = reader.ReadInt32();
        for (var k = 0; k < count; k++)
        {
            var index = reader.ReadInt32();
            weights[index] = reader.ReadSingle();
        }

        return new ThemeLinearModel(weights, bias, slope, offset);
    }
}
