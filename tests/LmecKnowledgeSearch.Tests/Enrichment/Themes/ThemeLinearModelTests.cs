using LmecKnowledgeSearch.Enrichment.Themes;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.Themes;

public sealed class ThemeLinearModelTests
{
    [Fact]
    public void Reproduces_the_calibrated_probability_of_the_ml_net_model_it_was_taken_from()
    {
        var ml = new MLContext(seed: 1);
        var rows = new[]
        {
            ("水库放水，下游河道水位上涨，供水得到保障。", true), ("流域水资源统一调度，保障城乡供水。", true),
            ("灌溉用水紧张，农户轮流取水。", true), ("论坛在昆明举行，代表讨论贸易便利化。", false),
            ("两国签署文化交流协议。", false), ("铁路运行图调整，旅行时间缩短。", false),
        };
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => new LabelledText { Text = r.Item1, Label = r.Item2 }).ToList());
        var chain = ThemeFeaturizer.Pipeline(ml)
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = "Label", FeatureColumnName = "Features", NumberOfThreads = 1,
            }))
            .Fit(data);
        var calibrated = chain.LastTransformer.Model;
        var linear = new ThemeLinearModel(
            calibrated.SubModel.Weights.ToArray(), calibrated.SubModel.Bias, (float)calibrated.Calibrator.Slope, (float)calibrated.Calibrator.Offset);
        var engine = ml.Model.CreatePredictionEngine<LabelledText, Prediction>(chain);
        var featurizer = ml.Model.CreatePredictionEngine<ThemeModelInput, ThemeFeatures>(ThemeFeaturizer.Pipeline(ml).Fit(data));

        foreach (var text in new[] { "河道水位上涨，供水紧张。", "代表在论坛上讨论铁路合作。" })
        {
            var expected = engine.Predict(new LabelledText { Text = text }).Probability;
            var actual = linear.Probability(featurizer.Predict(new ThemeModelInput { Text = text }).Features);
            Assert.Equal(expected, actual, 4);
        }
    }

    [Fact]
    public void Writes_and_reads_back_the_same_model()
    {
        var weights = new float[16];
        weights[3] = 0.5f;
        weights[9] = -1.25f;
        var model = new ThemeLinearModel(weights, 0.1f, -2f, 0.3f);
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;

        var read = ThemeLinearModel.Read(stream);

        var features = new float[16];
        features[3] = 1;
        features[9] = 0.5f;
        Assert.Equal(model.Probability(features), read.Probability(features), 6);
    }

    public sealed class LabelledText
    {
        public string Text { get; set; } = string.Empty;

        public bool Label { get; set; }
    }

    public sealed class Prediction
    {
        public float Probability { get; set; }
    }
}
