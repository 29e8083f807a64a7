using System.CommandLine;
using LmecKnowledgeSearch.Cli.Rendering;
using LmecKnowledgeSearch.Answering.Extraction;
using LmecKnowledgeSearch.Evaluation;
using LmecKnowledgeSearch.Web.Hosting;
using LmecKnowledgeSearch.Search.Queries;
using LmecKnowledgeSearch.Evaluation.ReadingComprehension;
using Spectre.Console;

namespace LmecKnowledgeSearch.Cli.Commands;

/// <summary>`lmec eval`: nDCG@10, recall@10, MRR and answer accuracy on our judged sets, split by same- and cross-language.</summary>
public static class EvalCommand
{
    public const string DefaultQueries = "tests/LmecKnowledgeSearch.Tests/Fixtures/Evaluation/judged-queries.tsv";
    public const string DefaultQuestions = "tests/LmecKnowledgeSearch.Tests/Fixtures/Evaluation/questions.tsv";
    public const string DefaultCorpus = "../shared/corpus";
    public const string DefaultEvalIndex = ".lmec/eval-index";

    public static Command Create(CliContext context)
    {
        var corpus = new Option<string>("--corpus") { Description = "folder the judgments refer to (indexed incrementally first)", DefaultValueFactory = _ => DefaultCorpus };
        var queries = new Option<string>("--queries") { Description = "judged queries (TSV)", DefaultValueFactory = _ => DefaultQueries };
        var questions = new Option<string>("--questions") { Description = "questions with answers (TSV)", DefaultValueFactory = _ => DefaultQuestions };
        var details = new Option<bool>("--details") { Description = "list every query and question" };
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "file name or path patterns to leave out of the index (the corpus' provenance notes are not archive documents)",
            DefaultValueFactory = _ => ["PROVENANCE.md"],
        };
        var noGlossary = new Option<bool>("--no-glossary") { Description = "translate queries without the curated glossary (CC-CEDICT alone): what generalises beyond the words the glossary was written for" };
        var noDictionary = new Option<bool>("--no-dictionary") { Description = "translate queries without CC-CEDICT (the curated glossary alone)" };
        var qa = new Option<string[]>("--qa")
        {
            Description = "SQuAD-format question files (e.g. CMRC 2018): each file's paragraphs are indexed together as documents and every question asked; prints EM, F1 and the no-answer rate",
        };
        var reindex = new Option<bool>("--reindex") { Description = "with --qa: index the paragraphs again although the file is unchanged (after a pipeline change)" };
        var retrain = new Option<string?>("--retrain-answers")
        {
            Description = "with --qa: train the span extractor on all the files (seed 1, 5 folds by article), write span-model.zip/.json into this folder (src/LmecKnowledgeSearch/Data/answers to ship it), and report ask's figures cross-validated by article",
        };
        var answerModel = new Option<string?>("--answer-model") { Description = "a folder with span-model.zip/.json to answer with instead of the embedded span model (to measure one before shipping it)" };
        var json = CommonOptions.Json();
        var command = new Command("eval", "measure ranking and answers on the judged query and question sets") { corpus, queries, questions, details, exclude, noGlossary, noDictionary, qa, reindex, retrain, answerModel, json };
        command.SetAction(async (parse, ct) =>
        {
            var spanModel = parse.GetValue(answerModel) is { Length: > 0 } folder ? LoadSpanModel(folder) : null;
            if (parse.GetValue(qa) is { Length: > 0 } files)
            {
                return await RunComprehensionAsync(context, files, parse.GetValue(reindex), parse.GetValue(retrain), spanModel, parse.GetValue(json), parse.GetValue(details), ct);
            }

            var indexPath = parse.GetValue(CommonOptions.Index) is { Length: > 0 } given ? given : DefaultEvalIndex;
            var translation = new QueryTranslationOptions(CuratedGlossary: !parse.GetValue(noGlossary), Dictionary: !parse.GetValue(noDictionary));
            using var knowledge = new KnowledgeBase(HostEnvironment.OptionsFor(indexPath) with { Translation = translation }, context.Clock, spanModel: spanModel);
            await knowledge.IndexAsync([parse.GetValue(corpus)!], null, ct, parse.GetValue(exclude));
            var report = new Evaluator(knowledge).Run(
                JudgedSets.ReadQueries(parse.GetValue(queries)!),
                JudgedSets.ReadQuestions(parse.GetValue(questions)!));
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.JsonOut, report);
            }
            else
            {
                Render(context.Console, report, parse.GetValue(details));
            }

            return 0;
        });
        return command;
    }

    /// <summary>
    /// Each file's paragraphs go into a corpus and index under the temp folder named by the file's hash, so an unchanged
    /// file is indexed once and later runs only ask.
    /// </summary>
    private static async Task<int> RunComprehensionAsync(CliContext context, string[] files, bool reindex, string? retrainInto, SpanScoringModel? spanModel, bool json, bool details, CancellationToken ct)
    {
        var sets = new List<(string File, IReadOnlyList<ComprehensionArticle> Articles, string IndexPath)>();
        foreach (var file in files)
        {
            var articles = SquadDataset.Read(file);
            var folder = ComprehensionCorpus.FolderFor(file, Path.Combine(Path.GetTempPath(), "lmec-qa"));
            var corpusFolder = ComprehensionCorpus.Write(articles, folder);
            var indexPath = Path.Combine(folder, "index");
            var indexed = Path.Combine(folder, "indexed");
            if (reindex && Directory.Exists(indexPath))
            {
                Directory.Delete(indexPath, recursive: true);
                File.Delete(indexed);
            }

            if (!File.Exists(indexed))
            {
                using var indexing = new KnowledgeBase(HostEnvironment.OptionsFor(indexPath), context.Clock);
                await indexing.IndexAsync([corpusFolder], null, ct);
                await File.WriteAllTextAsync(indexed, DateTimeOffset.UtcNow.ToString("O"), ct);
            }

            sets.Add((file, articles, indexPath));
        }

        var reports = new List<ComprehensionReport>();
        if (retrainInto is { Length: > 0 })
        {
            var (training, folds, foldOf) = Retrain(context, sets, retrainInto);
            foreach (var (file, articles, indexPath) in sets)
            {
                var perFold = folds.Select(model => new KnowledgeBase(HostEnvironment.OptionsFor(indexPath), context.Clock, spanModel: model)).ToList();
                try
                {
                    var report = new ComprehensionEvaluator((article, question) => perFold[foldOf[Key(file, article)]].Ask(question)).Run(Path.GetFileName(file) + " (cross-validated by article)", articles);
                    reports.Add(report);
                }
                finally
                {
                    perFold.ForEach(k => k.Dispose());
                }
            }

            context.ErrorOut.WriteLine($"span extractor alone (out of fold, on ask's passages): EM {training.CrossValidatedExactMatch:0.0}, F1 {training.CrossValidatedF1:0.0}; gold among the candidate spans {100 * training.GoldCoverage:0.0} %; answer threshold {training.AnswerThreshold:0.000}; {training.Questions} questions, {training.Articles} articles, {training.Rows} training rows");
        }
        else
        {
            foreach (var (file, articles, indexPath) in sets)
            {
                using var knowledge = new KnowledgeBase(HostEnvironment.OptionsFor(indexPath), context.Clock, spanModel: spanModel);
                reports.Add(new ComprehensionEvaluator(knowledge).Run(Path.GetFileName(file), articles));
            }
        }

        if (json)
        {
            JsonOutput.Write(context.JsonOut, new { reports });
            return 0;
        }

        foreach (var report in reports)
        {
            var table = new Table().Title(Markup.Escape(report.File)).AddColumn("question word").AddColumn("n").AddColumn("EM").AddColumn("F1").AddColumn("no answer");
            foreach (var row in report.ByQuestionWord.Prepend(report.Overall))
            {
                table.AddRow(row.Group, row.Questions.ToString(), $"{row.ExactMatch:0.0}", $"{row.F1:0.0}", $"{100 * row.NoAnswerRate:0.0} %");
            }

            context.Console.Write(table);
            context.Console.MarkupLine($"ask latency: p50 {report.AskLatencyP50Ms:0.0} ms, p99 {report.AskLatencyP99Ms:0.0} ms (warm process)");
            if (details)
            {
                foreach (var o in report.Outcomes)
                {
                    context.Console.WriteLine($"{o.Id}	{o.QuestionWord}	{o.F1:0.00}	{o.Question}	{o.Answer}");
                }
            }
        }

        return 0;
    }

    private static SpanScoringModel LoadSpanModel(string folder)
    {
        var modelPath = Path.Combine(folder, "span-model.zip");
        var settingsPath = Path.Combine(folder, "span-model.json");
        if (!File.Exists(modelPath) || !File.Exists(settingsPath))
        {
            throw new LmecException(LmecErrorKind.InvalidInput, $"{folder} holds no span-model.zip and span-model.json");
        }

        var settings = System.Text.Json.JsonSerializer.Deserialize<SpanModelSettings>(File.ReadAllText(settingsPath)) ?? new SpanModelSettings();
        using var stream = File.OpenRead(modelPath);
        return SpanScoringModel.Load(stream, settings.AnswerThreshold);
    }

    private static string Key(string file, string article) => Path.GetFileName(file) + "/" + article;

    /// <summary>Trains on every question of every file, with ask's own passages as the text to read; folds by article.</summary>
    private static (SpanTrainingReport Report, IReadOnlyList<SpanScoringModel> Folds, IReadOnlyDictionary<string, int> FoldOf) Retrain(
        CliContext context, IReadOnlyList<(string File, IReadOnlyList<ComprehensionArticle> Articles, string IndexPath)> sets, string into)
    {
        var questions = new List<SpanTrainingQuestion>();
        foreach (var (file, articles, indexPath) in sets)
        {
            using var knowledge = new KnowledgeBase(HostEnvironment.OptionsFor(indexPath), context.Clock);
            foreach (var article in articles)
            {
                foreach (var question in article.Paragraphs.SelectMany(p => p.Questions).Where(q => q.Answers.Count > 0))
                {
                    var (candidates, analysis) = knowledge.ReadFor(question.Question);
                    questions.Add(new SpanTrainingQuestion(Key(file, article.Id), question.Question, question.Answers, analysis, candidates));
                }
            }
        }

        Directory.CreateDirectory(into);
        var trainer = new SpanExtractorTrainer(LmecKnowledgeSearch.Analysis.Chinese.SegmenterFactory.CreateDefault());
        using var model = File.Create(Path.Combine(into, "span-model.zip"));
        using var settings = File.Create(Path.Combine(into, "span-model.json"));
        // Progress goes to stderr: with --json, stdout holds exactly one object.
        var (report, folds, foldOf) = trainer.Train(questions, model, settings, line => context.ErrorOut.WriteLine(line));
        return (report, folds, foldOf);
    }

    private static void Render(IAnsiConsole console, EvaluationReport report, bool details)
    {
        var table = new Table().AddColumn("queries").AddColumn("n").AddColumn("nDCG@10").AddColumn("recall@10").AddColumn("MRR");
        foreach (var row in report.Ranking)
        {
            table.AddRow(row.Group, row.Queries.ToString(), $"{row.Ndcg10:0.000}", $"{row.Recall10:0.000}", $"{row.Mrr:0.000}");
        }

        console.Write(table);
        console.MarkupLine($"answer accuracy: [bold]{report.AnswerAccuracy:0.000}[/] over {report.Questions} questions");
        console.MarkupLine($"query latency: p50 {report.QueryLatencyP50Ms:0.0} ms, p99 {report.QueryLatencyP99Ms:0.0} ms (warm process)");
        console.MarkupLine($"ask latency: p50 {report.AskLatencyP50Ms:0.0} ms, p99 {report.AskLatencyP99Ms:0.0} ms over {report.Questions} questions (warm process)");
        if (!details)
        {
            return;
        }

        var perQuery = new Table().AddColumn("id").AddColumn("query").AddColumn("nDCG").AddColumn("top sources");
        foreach (var q in report.QueryOutcomes)
        {
            perQuery.AddRow(q.Id, TerminalText.Escape(q.Query), $"{q.Ndcg10:0.00}", TerminalText.Escape(string.Join(", ", q.TopSources.Take(3))));
        }

        console.Write(perQuery);
        var perQuestion = new Table().AddColumn("id").AddColumn("question").AddColumn("answer").AddColumn("ok");
        foreach (var q in report.QuestionOutcomes)
        {
            perQuestion.AddRow(q.Id, TerminalText.Escape(q.Question), TerminalText.Escape(q.Answer.Length > 60 ? q.Answer[..60] + "…" : q.Answer), q.Correct ? "yes" : "[red]no[/]");
        }

        console.Write(perQuestion);
    }
}
