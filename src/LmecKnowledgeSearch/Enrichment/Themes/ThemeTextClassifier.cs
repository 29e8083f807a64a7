using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;

namespace LmecKnowledgeSearch.Enrichment.Themes;

/// <summary>
/// One binary ML.NET classifier per theme over hashed character n-grams, which read Chinese without word segmentation.
/// Thread-safe: ML.NET prediction engines are not, so each theme keeps a pool and every call rents its own engine.
/// </summary>
public sealed class ThemeTextClassifier
{
    internal const string ThresholdsEntry = "thresholds.json";
    private const string ModelFileName = "model.zip";

    private readonly MLContext _ml;
    private readonly IReadOnlyList<ThemeModel> _models;

    private ThemeTextClassifier(MLContext ml, IReadOnlyList<ThemeModel> models)
    {
        _ml = ml;
        _models = models;
    }

    public IReadOnlyList<string> ThemeIds => _models.Select(m => m.ThemeId).ToList();

    /// <summary>The model trained by <see cref="ThemeClassifierTrainer"/> and embedded as Data/themes/model.zip.</summary>
    public static ThemeTextClassifier LoadEmbedded()
    {
        using var stream = EmbeddedThemeData.Open(ModelFileName);
        return Load(stream);
    }

    /// <summary>Reads a model archive: one ML.NET model per theme ("id.zip") plus thresholds.json.</summary>
    public static ThemeTextClassifier Load(Stream archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var ml = new MLContext(seed: 1);
        using var zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
        var thresholdsEntry = zip.GetEntry(ThresholdsEntry) ?? throw new InvalidDataException("The theme model has no thresholds.json.");
        Dictionary<string, double> thresholds;
        using (var thresholdStream = thresholdsEntry.Open())
        {
            thresholds = JsonSerializer.Deserialize<Dictionary<string, double>>(thresholdStream)
                ?? throw new InvalidDataException("thresholds.json is empty.");
        }

        var models = new List<ThemeModel>();
        foreach (var (themeId, threshold) in thresholds.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var entry = zip.GetEntry(themeId + ".zip") ?? throw new InvalidDataException($"The theme model has no {themeId}.zip.");
            using var buffer = new MemoryStream();
            using (var entryStream = entry.Open())
            {
                entryStream.CopyTo(buffer);
            }

            buffer.Position = 0;
            models.Add(new ThemeModel(themeId, threshold, ml.Model.Load(buffer, out _)));
        }

        return new ThemeTextClassifier(ml, models);
    }

    public IReadOnlyList<ThemeClassifierScore> Predict(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var input = new ThemeModelInput { Text = text };
        var scores = new List<ThemeClassifierScore>(_models.Count);
        foreach (var model in _models)
        {
            var engine = model.Engines.TryTake(out var pooled)
                ? pooled
                : _ml.Model.CreatePredictionEngine<ThemeModelInput, ThemeModelOutput>(model.Transformer);
            try
            {
                scores.Add(new ThemeClassifierScore(model.ThemeId, engine.Predict(input).Probability, model.Threshold));
            }
            finally
            {
                model.Engines.Add(engine);
            }
        }

        return scores;
    }

    private sealed record ThemeModel(string ThemeId, double Threshold, ITransformer Transformer)
    {
        public ConcurrentBag<PredictionEngine<ThemeModelInput, ThemeModelOutput>> Engines { get; } = [];
    }
}
