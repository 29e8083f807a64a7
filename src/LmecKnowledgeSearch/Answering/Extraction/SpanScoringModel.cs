using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace LmecKnowledgeSearch.Answering.Extraction;

/// <summary>One span as the model sees it.</summary>
public sealed class SpanRow
{
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }
}

/// <summary>The model's verdict on a span.</summary>
public sealed class SpanVerdict
{
    public float Probability { get; set; }
}

/// <summary>
/// The trained span scorer (FastTree, binary: does this span answer the question) and the probability below which the
/// best span is not stated as the answer. Loaded once; prediction engines are pooled because they are not thread-safe.
/// </summary>
public sealed class SpanScoringModel
{
    public const string ModelResource = "answers/span-model.zip";
    public const string SettingsResource = "answers/span-model.json";

    private readonly MLContext ml;
    private readonly ITransformer model;
    private readonly SchemaDefinition schema;
    private readonly ConcurrentBag<PredictionEngine<SpanRow, SpanVerdict>> engines = [];

    public SpanScoringModel(MLContext ml, ITransformer model, double answerThreshold)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(model);
        this.ml = ml;
        this.model = model;
        AnswerThreshold = answerThreshold;
        schema = Schema();
    }

    /// <summary>The best span's probability from which it is stated as the answer (learned: see <see cref="SpanExtractorTrainer"/>).</summary>
    public double AnswerThreshold { get; }

    internal MLContext Ml => ml;

    internal ITransformer Transformer => model;

    /// <summary>The rows' schema: the feature vector's width is known only at run time.</summary>
    public static SchemaDefinition Schema()
    {
        var definition = SchemaDefinition.Create(typeof(SpanRow));
        definition[nameof(SpanRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, SpanFeaturizer.Count);
        return definition;
    }

    /// <summary>The model shipped in the library, or null when it was built without one.</summary>
    public static SpanScoringModel? LoadEmbedded()
    {
        using var modelStream = EmbeddedAnswerData.TryOpen(ModelResource);
        using var settingsStream = EmbeddedAnswerData.TryOpen(SettingsResource);
        if (modelStream is null || settingsStream is null)
        {
            return null;
        }

        var settings = JsonSerializer.Deserialize<SpanModelSettings>(settingsStream) ?? new SpanModelSettings();
        return Load(modelStream, settings.AnswerThreshold);
    }

    public static SpanScoringModel Load(Stream modelStream, double answerThreshold)
    {
        var ml = new MLContext(seed: 1);
        using var buffer = new MemoryStream();
        modelStream.CopyTo(buffer);
        buffer.Position = 0;
        return new SpanScoringModel(ml, ml.Model.Load(buffer, out _), answerThreshold);
    }

    public void Score(IReadOnlyList<ReadSpan> spans, float[] into)
    {
        ArgumentNullException.ThrowIfNull(spans);
        if (!engines.TryTake(out var engine))
        {
            engine = ml.Model.CreatePredictionEngine<SpanRow, SpanVerdict>(model, inputSchemaDefinition: schema);
        }

        try
        {
            var row = new SpanRow();
            var verdict = new SpanVerdict();
            for (var i = 0; i < spans.Count; i++)
            {
                row.Features = spans[i].Features;
                engine.Predict(row, ref verdict);
                into[i] = verdict.Probability;
            }
        }
        finally
        {
            engines.Add(engine);
        }
    }
}

/// <summary>What is stored beside the model: the calibrated answer threshold and how it was found.</summary>
public sealed record SpanModelSettings(double AnswerThreshold = 0.5, string Note = "");
