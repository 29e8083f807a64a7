using System.CommandLine;
using LmecKnowledgeSearch.Cli.Rendering;
using LmecKnowledgeSearch.Evaluation;
using LmecKnowledgeSearch.Web.Hosting;
using LmecKnowledgeSearch.Search.Queries;
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
        var json = CommonOptions.Json();
        var command = new Command("eval", "measure ranking and answers on the judged query and question sets") { corpus, queries, questions, details, exclude, noGlossary, noDictionary, json };
        command.SetAction(async (parse, ct) =>
        {
            var indexPath = parse.GetValue(CommonOptions.Index) is { Length: > 0 } given ? given : DefaultEvalIndex;
            var translation = new QueryTranslationOptions(CuratedGlossary: !parse.GetValue(noGlossary), Dictionary: !parse.GetValue(noDictionary));
            using var knowledge = new KnowledgeBase(HostEnvironment.OptionsFor(indexPath) with { Translation = translation }, context.Clock);
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
