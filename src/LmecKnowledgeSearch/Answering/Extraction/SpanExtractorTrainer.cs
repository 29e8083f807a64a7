using System.Text.Json;
using LmecKnowledgeSearch.Analysis;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace LmecKnowledgeSearch.Answering.Extraction;

/// <summary>A question to learn from: its article (the fold unit), gold answers and the passages ask retrieved for it.</summary>
public sealed record SpanTrainingQuestion(string ArticleId, string Question, IReadOnlyList<string> Answers, QuestionAnalysis Analysis, IReadOnlyList<AnswerCandidate> Candidates);

/// <summary>One question's out-of-fold result.</summary>
public sealed record SpanFoldOutcome(string Question, string Predicted, double Probability, double ExactMatch, double F1, bool GoldAmongCandidates);

/// <summary>Cross-validated figures of a training run (every question scored by a model that never saw its article).</summary>
public sealed record SpanTrainingReport(int Questions, int Articles, int Rows, double CrossValidatedExactMatch, double CrossValidatedF1, double GoldCoverage, double AnswerThreshold, IReadOnlyList<SpanFoldOutcome> Outcomes);

/// <summary>
/// Trains <see cref="SpanScoringModel"/>: FastTree binary classification over <see cref="SpanFeaturizer"/> features of
/// every candidate span of the passages ask retrieves; a span is positive when it matches a gold answer exactly by the
/// official CMRC normalisation (a near miss such as 于1628年 for 1628年 is a negative: the model must learn the edges). Negatives are subsampled (seeded) to keep training to minutes.
/// Folds are by article, so no article is both learned from and scored. The answer threshold is the out-of-fold best
/// probability that keeps <see cref="TargetAnswerRate"/> of the (all answerable) questions answered.
/// </summary>
public sealed class SpanExtractorTrainer
{
    public const int Folds = 5;
    public const double NegativeSample = 0.2;
    public const double TargetAnswerRate = 0.92;

    private readonly SpanReader reader;
    private readonly int seed;

    public SpanExtractorTrainer(ISegmenter segmenter, int seed = 1)
    {
        reader = new SpanReader(segmenter);
        this.seed = seed;
    }

    /// <summary>Cross-validates by article, then trains on everything; the model and its settings go to the streams.</summary>
    public (SpanTrainingReport Report, IReadOnlyList<SpanScoringModel> FoldModels, IReadOnlyDictionary<string, int> FoldOfArticle) Train(
        IReadOnlyList<SpanTrainingQuestion> questions, Stream modelOutput, Stream settingsOutput, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var read = questions.Select(q => reader.Read(new QuestionView(q.Question, q.Analysis), q.Candidates)).ToList();
        var labels = read.Select((spans, i) => spans.Select(s => CmrcMetric.ExactMatch(s.Text, questions[i].Answers) > 0).ToArray()).ToList();
        log?.Invoke($"read {read.Sum(r => r.Count)} spans of {questions.Count} questions; gold among them for {labels.Count(l => l.Any(x => x))}");

        var articles = questions.Select(q => q.ArticleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var shuffled = articles.ToList();
        var random = new Random(seed);
        for (var i = shuffled.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
        }

        var foldOf = shuffled.Select((a, i) => (a, i % Folds)).ToDictionary(p => p.a, p => p.Item2, StringComparer.Ordinal);
        var sampled = Sample(read, labels);
        var outcomes = new SpanFoldOutcome[questions.Count];
        var foldModels = new List<SpanScoringModel>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var ml = new MLContext(seed);
            var model = Fit(ml, Enumerable.Range(0, questions.Count).Where(i => foldOf[questions[i].ArticleId] != fold), sampled);
            var scorer = new SpanScoringModel(ml, model, 0);
            foldModels.Add(scorer);
            foreach (var i in Enumerable.Range(0, questions.Count).Where(i => foldOf[questions[i].ArticleId] == fold))
            {
                outcomes[i] = Outcome(questions[i], read[i], labels[i], scorer);
            }

            log?.Invoke($"fold {fold + 1}/{Folds}: F1 so far {100 * outcomes.Where(o => o is not null).Average(o => o.F1):0.0}");
        }

        var threshold = Threshold(outcomes);
        var finalMl = new MLContext(seed);
        var final = Fit(finalMl, Enumerable.Range(0, questions.Count), sampled);
        finalMl.Model.Save(final, finalMl.Data.LoadFromEnumerable(new List<SpanRow>(), SpanScoringModel.Schema()).Schema, modelOutput);
        JsonSerializer.Serialize(settingsOutput, new SpanModelSettings(
            Math.Round(threshold, 4),
            $"out-of-fold best-span probability keeping {TargetAnswerRate:P0} of {questions.Count} answerable questions answered; seed {seed}"));
        var report = new SpanTrainingReport(
            questions.Count,
            articles.Count,
            sampled.Sum(s => s.Count),
            100 * outcomes.Average(o => o.ExactMatch),
            100 * outcomes.Average(o => o.F1),
            outcomes.Count(o => o.GoldAmongCandidates) / (double)outcomes.Length,
            threshold,
            outcomes);
        return (report, foldModels.Select(m => new SpanScoringModel(m.Ml, m.Transformer, threshold)).ToList(), foldOf);
    }

    private static double Threshold(IReadOnlyList<SpanFoldOutcome> outcomes)
    {
        var probabilities = outcomes.Select(o => o.Probability).Order().ToList();
        return probabilities.Count == 0 ? 0.5 : probabilities[(int)Math.Floor((1 - TargetAnswerRate) * probabilities.Count)];
    }

    private static SpanFoldOutcome Outcome(SpanTrainingQuestion question, IReadOnlyList<ReadSpan> spans, bool[] labels, SpanScoringModel scorer)
    {
        if (spans.Count == 0)
        {
            return new SpanFoldOutcome(question.Question, string.Empty, 0, 0, 0, false);
        }

        var scores = new float[spans.Count];
        scorer.Score(spans, scores);
        var best = Array.IndexOf(scores, scores.Max());
        var text = spans[best].Text;
        return new SpanFoldOutcome(question.Question, text, scores[best],
            CmrcMetric.ExactMatch(text, question.Answers), CmrcMetric.F1(text, question.Answers), labels.Any(l => l));
    }

    /// <summary>Each question's positives and a seeded sample of its negatives.</summary>
    private List<List<SpanRow>> Sample(IReadOnlyList<IReadOnlyList<ReadSpan>> read, IReadOnlyList<bool[]> labels)
    {
        var random = new Random(seed);
        var rows = new List<List<SpanRow>>(read.Count);
        for (var q = 0; q < read.Count; q++)
        {
            var list = new List<SpanRow>();
            for (var s = 0; s < read[q].Count; s++)
            {
                var keep = random.NextDouble() < NegativeSample;
                if (labels[q][s] || keep)
                {
                    list.Add(new SpanRow { Features = read[q][s].Features, Label = labels[q][s] });
                }
            }

            rows.Add(list);
        }

        return rows;
    }

    private ITransformer Fit(MLContext ml, IEnumerable<int> questionIndexes, IReadOnlyList<List<SpanRow>> sampled)
    {
        var rows = questionIndexes.SelectMany(i => sampled[i]).ToList();
        var data = ml.Data.LoadFromEnumerable(rows, SpanScoringModel.Schema());
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            FeatureColumnName = nameof(SpanRow.Features),
            LabelColumnName = nameof(SpanRow.Label),
            NumberOfTrees = 200,
            NumberOfLeaves = 32,
            MinimumExampleCountPerLeaf = 20,
            LearningRate = 0.15,
            NumberOfThreads = 1,
            Seed = seed,
        });
        return trainer.Fit(data);
    }
}
