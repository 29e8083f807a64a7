using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace LmecKnowledgeSearch.Enrichment.Themes;

/// <summary>
/// Trains <see cref="ThemeTextClassifier"/>: one logistic-regression model per theme over hashed character 1-3-grams,
/// and a per-theme probability threshold tuned by cross-validation on the training examples so that
/// "lexicon tags it, or classifier probability reaches the threshold" gives the best F1.
/// </summary>
/// <remarks>
/// The shipped model (src/LmecKnowledgeSearch/Data/themes/model.zip) is rebuilt from the train split of
/// tests/LmecKnowledgeSearch.Tests/Fixtures/Themes/labelled-units.tsv (texts resolved from ../shared/corpus) with
/// <c>LMEC_RETRAIN_THEMES=1 dotnet test tests/LmecKnowledgeSearch.Tests --filter FullyQualifiedName~ThemeModelRetraining</c>.
/// Training is deterministic (fixed seeds), so the same labels give the same model.
/// </remarks>
public sealed class ThemeClassifierTrainer
{
    // 2^15 hashed n-gram slots: enough for the Chinese bigrams of a few hundred units, small enough for a sub-2 MB model.
    private const int HashBits = 15;
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
        var lexicon = examples.Select(e => _lexicon.Score(e.Text).ToDictionary(s => s.ThemeId)).ToList();
        var folds = FoldOf(examples.Count);
        var thresholds = new Dictionary<string, double>(StringComparer.Ordinal);
        var models = new Dictionary<string, ITransformer>(StringComparer.Ordinal);
        var trainSchema = ml.Data.LoadFromEnumerable(Array.Empty<ThemeTrainingRow>()).Schema;
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
                var testIdx = Enumerable.Range(0, examples.Count).Where(i => folds[i] == fold).ToList();
                if (trainIdx.Count(i => labels[i]) == 0 || trainIdx.All(i => labels[i]))
                {
                    continue;
                }

                var model = Fit(ml, trainIdx.Select(i => new ThemeTrainingRow { Text = examples[i].Text, Label = labels[i] }));
                var engine = ml.Model.CreatePredictionEngine<ThemeModelInput, ThemeModelOutput>(model);
                foreach (var i in testIdx)
                {
                    outOfFold[i] = engine.Predict(new ThemeModelInput { Text = examples[i].Text }).Probability;
                }
            }

            // Where cross-validation shows the classifier adds nothing to the lexicon, it is not shipped at all.
            var threshold = TuneThreshold(theme, labels, outOfFold, lexicon);
            if (threshold < 1)
            {
                thresholds[theme.Id] = threshold;
                models[theme.Id] = Fit(ml, examples.Select((e, i) => new ThemeTrainingRow { Text = e.Text, Label = labels[i] }));
            }
        }

        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (themeId, model) in models)
            {
                using var buffer = new MemoryStream();
                ml.Model.Save(model, trainSchema, buffer);
                var entry = zip.CreateEntry(themeId + ".zip", CompressionLevel.Optimal);
                using var entryStream = entry.Open();
                entryStream.Write(buffer.ToArray());
            }

            using var thresholdStream = zip.CreateEntry(ThemeTextClassifier.ThresholdsEntry).Open();
            JsonSerializer.Serialize(thresholdStream, thresholds, new JsonSerializerOptions { WriteIndented = true });
        }

        return new ThemeTrainingReport(examples.Count, thresholds);
    }

    private static ITransformer Fit(MLContext ml, IEnumerable<ThemeTrainingRow> rows)
    {
        var data = ml.Data.LoadFromEnumerable(rows.ToList());
        var pipeline = ml.Transforms.Text.NormalizeText(
                "NormalizedText",
                nameof(ThemeTrainingRow.Text),
                TextNormalizingEstimator.CaseMode.Lower,
                keepDiacritics: false,
                keepPunctuations: false,
                keepNumbers: false)
            .Append(ml.Transforms.Text.TokenizeIntoCharactersAsKeys("Characters", "NormalizedText", useMarkerCharacters: false))
            .Append(ml.Transforms.Text.ProduceHashedNgrams("Features", "Characters", numberOfBits: HashBits, ngramLength: 3, useAllLengths: true))
            .Append(ml.Transforms.NormalizeLpNorm("Features"))
            // The character keys carry a 65,536-entry vocabulary that the trainer would otherwise copy into the saved model.
            .Append(ml.Transforms.DropColumns("Characters", "NormalizedText"))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(ThemeTrainingRow.Label),
                FeatureColumnName = "Features",
                L1Regularization = 0.01f,
                L2Regularization = 0.0005f,
                MaximumNumberOfIterations = 100,

                // One thread keeps the coordinate ascent order, and so the model, reproducible.
                NumberOfThreads = 1,
            }));
        return pipeline.Fit(data);
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
