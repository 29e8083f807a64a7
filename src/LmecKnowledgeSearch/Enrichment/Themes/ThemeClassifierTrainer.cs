using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace LmecKnowledgeSearch.Enrichment.Themes;

/// <summary>
/// Trains <see cref="ThemeTextClassifier"/>: one L1/L2-regularised logistic regression (SDCA) per theme over the
/// <see cref="ThemeFeaturizer"/> features, and a per-theme probability threshold tuned by 5-fold cross-validation on the
/// training examples so that "lexicon tags it, or classifier probability reaches the threshold" gives the best F1.
/// A theme whose classifier adds nothing over the lexicon in cross-validation gets no model.
/// </summary>
/// <remarks>
/// The shipped model (src/LmecKnowledgeSearch/Data/themes/model.zip) is rebuilt from the train split of
/// tests/LmecKnowledgeSearch.Tests/Fixtures/Themes/labelled-units.tsv (texts resolved from ../shared/corpus) with
/// <c>LMEC_RETRAIN_THEMES=1 dotnet test tests/LmecKnowledgeSearch.Tests --filter FullyQualifiedName~ThemeModelRetraining</c>,
/// then a rebuild embeds it. Training is deterministic (fixed seeds, one SDCA thread): the same labels give the same model.
/// </remarks>
public sealed class ThemeClassifierTrainer
{
    private const int Folds = 5;
    private const int MinimumPositives = 3;

    private readonly ThemeLexiconScorer _lexicon;
    private readonly int _seed;

    public ThemeClassifierTrainer(ThemeLexiconScorer lexicon, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        _seed = seed;
    }

    /// <summary>Trains on <paramref name="examples"/> and writes the model archive to <paramref name="output"/>.</summary>
    public ThemeTrainingReport Train(IReadOnlyList<ThemeTrainingExample> examples, Stream output)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(output);
        var ml = new MLContext(seed: _seed);
        var textData = ml.Data.LoadFromEnumerable(examples.Select(e => new ThemeModelInput { Text = e.Text }).ToList());
        var featurizer = ThemeFeaturizer.Pipeline(ml).Fit(textData);
        var features = Featurize(ml, featurizer, examples);
        var lexicon = examples.Select(e => _lexicon.Score(e.Text).ToDictionary(s => s.ThemeId)).ToList();
        var folds = FoldOf(examples.Count);
        var thresholds = new Dictionary<string, double>(StringComparer.Ordinal);
        var models = new Dictionary<string, ThemeLinearModel>(StringComparer.Ordinal);
        foreach (var theme in _lexicon.Taxonomy.Themes)
        {
            var labels = examples.Select(e => e.Themes.Contains(theme.Id)).ToArray();
            if (labels.Count(l => l) < MinimumPositives || labels.All(l => l))
            {
                continue;
            }

            var outOfFold = new double[examples.Count];
            for (var fold = 0; fold < Folds; fold++)
            {
                var trainIdx = Enumerable.Range(0, examples.Count).Where(i => folds[i] != fold).ToList();
                if (trainIdx.All(i => !labels[i]) || trainIdx.All(i => labels[i]))
                {
                    continue;
                }

                var model = Fit(ml, trainIdx.Select(i => (features[i], labels[i])));
                foreach (var i in Enumerable.Range(0, examples.Count).Where(i => folds[i] == fold))
                {
                    outOfFold[i] = model.Probability(features[i]);
                }
            }

            var threshold = TuneThreshold(theme, labels, outOfFold, lexicon);
            if (threshold < 1)
            {
                thresholds[theme.Id] = threshold;
                models[theme.Id] = Fit(ml, features.Select((f, i) => (f, labels[i])));
            }
        }

        Write(ml, featurizer, textData.Schema, models, thresholds, output);
        return new ThemeTrainingReport(examples.Count, thresholds);
    }

    private static List<float[]> Featurize(MLContext ml, ITransformer featurizer, IReadOnlyList<ThemeTrainingExample> examples)
    {
        var engine = ml.Model.CreatePredictionEngine<ThemeModelInput, ThemeFeatures>(featurizer);
        return examples.Select(e => engine.Predict(new ThemeModelInput { Text = e.Text }).Features.DenseValues().ToArray()).ToList();
    }

    private static ThemeLinearModel Fit(MLContext ml, IEnumerable<(float[] Features, bool Label)> rows)
    {
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => new ThemeFeatureRow { Features = r.Features, Label = r.Label }).ToList());
        var trainer = ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(ThemeFeatureRow.Label),
            FeatureColumnName = nameof(ThemeFeatureRow.Features),
            L1Regularization = 0.01f,
            L2Regularization = 0.0005f,
            MaximumNumberOfIterations = 100,

            // One thread keeps the coordinate ascent order, and so the model, reproducible.
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(data).Model;
        var linear = model.SubModel;
        return new ThemeLinearModel(
            linear.Weights.ToArray(), linear.Bias, (float)model.Calibrator.Slope, (float)model.Calibrator.Offset);
    }

    private static void Write(
        MLContext ml,
        ITransformer featurizer,
        DataViewSchema inputSchema,
        IReadOnlyDictionary<string, ThemeLinearModel> models,
        IReadOnlyDictionary<string, double> thresholds,
        Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        using (var buffer = new MemoryStream())
        {
            ml.Model.Save(featurizer, inputSchema, buffer);
            using var entry = zip.CreateEntry(ThemeTextClassifier.FeaturizerEntry, CompressionLevel.Optimal).Open();
            entry.Write(buffer.ToArray());
        }

        foreach (var (themeId, model) in models)
        {
            using var entry = zip.CreateEntry(themeId + ThemeTextClassifier.ModelExtension, CompressionLevel.Optimal).Open();
            model.Write(entry);
        }

        using var thresholdStream = zip.CreateEntry(ThemeTextClassifier.ThresholdsEntry).Open();
        JsonSerializer.Serialize(thresholdStream, thresholds, new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The threshold at which "lexicon tags it, or classifier probability reaches it" has the best F1; 1 means never.</summary>
    private static double TuneThreshold(
        ThemeDefinition theme, bool[] labels, double[] probabilities, List<Dictionary<string, ThemeLexiconScore>> lexicon)
    {
        var best = (Threshold: 1.0, F1: F1(theme, labels, probabilities, lexicon, 1.01));
        for (var t = 0.95; t >= 0.05; t -= 0.025)
        {
            // Strictly better only, scanning down from high thresholds: ties keep the more conservative threshold.
            var f1 = F1(theme, labels, probabilities, lexicon, t);
            if (f1 > best.F1 + 1e-9)
            {
                best = (Math.Round(t, 3), f1);
            }
        }

        return best.Threshold;
    }

    private static double F1(
        ThemeDefinition theme, bool[] labels, double[] probabilities, List<Dictionary<string, ThemeLexiconScore>> lexicon, double t)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var lex = lexicon[i][theme.Id];
            var predicted = lex.IsTagged || (probabilities[i] >= t && (!theme.RequiresCue || lex.HasCue));
            if (predicted && labels[i])
            {
                tp++;
            }
            else if (predicted)
            {
                fp++;
            }
            else if (labels[i])
            {
                fn++;
            }
        }

        return tp == 0 ? 0 : 2.0 * tp / ((2.0 * tp) + fp + fn);
    }

    private int[] FoldOf(int count)
    {
        var random = new Random(_seed);
        var order = Enumerable.Range(0, count).OrderBy(_ => random.Next()).ToArray();
        var folds = new int[count];
        for (var rank = 0; rank < count; rank++)
        {
            folds[order[rank]] = rank % Folds;
        }

        return folds;
    }
}

/// <summary>What a training run produced: how many examples it used and the tuned threshold of each theme.</summary>
public sealed record ThemeTrainingReport(int ExampleCount, IReadOnlyDictionary<string, double> Thresholds);
