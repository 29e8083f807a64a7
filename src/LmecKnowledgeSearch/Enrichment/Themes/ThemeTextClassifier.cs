using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;

namespace LmecKnowledgeSearch.Enrichment.Themes;

/// <summary>
/// One binary logistic classifier per theme over hashed character n-grams, which read Chinese without word
/// segmentation. A text is featurized once by ML.NET and every theme's model scores the same features.
/// Thread-safe: ML.NET prediction engines are not, so featurizer engines are pooled and each call rents its own.
/// </summary>
public sealed class ThemeTextClassifier
{
    internal const string ThresholdsEntry = "thresholds.json";
    internal const string FeaturizerEntry = "featurizer.zip";
    internal const string ModelExtension = ".bin";
    private const string ModelFileName = "model.zip";

    private readonly MLContext _ml;
    private readonly ITransformer _featurizer;
    private readonly IReadOnlyList<(string ThemeId, double Threshold, ThemeLinearModel Model)> _models;
    private readonly ConcurrentBag<PredictionEngine<ThemeModelInput, ThemeFeatures>> _engines = [];

    private ThemeTextClassifier(
        MLContext ml, ITransformer featurizer, IReadOnlyList<(string ThemeId, double Threshold, ThemeLinearModel Model)> models)
    {
        _ml = ml;
        _featurizer = featurizer;
        _models = models;
    }

    public IReadOnlyList<string> ThemeIds => _models.Select(m => m.ThemeId).ToList();

    /// <summary>The model trained by <see cref="ThemeClassifierTrainer"/> and embedded as Data/themes/model.zip.</summary>
    public static ThemeTextClassifier LoadEmbedded()
    {
        using var stream = EmbeddedData.Open("themes", ModelFileName);
        return Load(stream);
    }

    /// <summary>Reads a model archive: featurizer.zip (ML.NET), one "id.bin" linear model per theme, thresholds.json.</summary>
    public static ThemeTextClassifier Load(Stream archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var ml = new MLContext(seed: 1);
        using var zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
        Dictionary<string, double> thresholds;
        using (var thresholdStream = Entry(zip, ThresholdsEntry))
        {
            thresholds = JsonSerializer.Deserialize<Dictionary<string, double>>(thresholdStream)
                ?? throw new InvalidDataException("thresholds.json is empty.");
        }

        ITransformer featurizer;
        using (var featurizerStream = Entry(zip, FeaturizerEntry))
        {
            featurizer = ml.Model.Load(featurizerStream, out _);
        }

        var models = thresholds.OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t =>
            {
                using var modelStream = Entry(zip, t.Key + ModelExtension);
                return (t.Key, t.Value, ThemeLinearModel.Read(modelStream));
            })
            .ToList();
        return new ThemeTextClassifier(ml, featurizer, models);
    }

    public IReadOnlyList<ThemeClassifierScore> Predict(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var engine = _engines.TryTake(out var pooled)
            ? pooled
            : _ml.Model.CreatePredictionEngine<ThemeModelInput, ThemeFeatures>(_featurizer);
        try
        {
            // Scored before the engine goes back to the pool: the feature buffer may belong to the engine.
            var features = engine.Predict(new ThemeModelInput { Text = text }).Features;
            return _models.Select(m => new ThemeClassifierScore(m.ThemeId, m.Model.Probability(features), m.Threshold)).ToList();
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    /// <summary>A seekable copy of one archive entry (ML.NET needs to seek).</summary>
    private static MemoryStream Entry(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"The theme model has no {name}.");
        var buffer = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        return buffer;
    }
}
