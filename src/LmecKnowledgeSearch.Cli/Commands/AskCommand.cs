using System.CommandLine;
using LmecKnowledgeSearch.Answering;
using LmecKnowledgeSearch.Cli.Rendering;
using LmecKnowledgeSearch.Web.Hosting;
using Spectre.Console;

namespace LmecKnowledgeSearch.Cli.Commands;

/// <summary>`lmec ask "QUESTION"`: a short answer with its citations.</summary>
public static class AskCommand
{
    public static Command Create(CliContext context)
    {
        var question = new Argument<string>("question") { Description = "a question in Chinese or English" };
        var json = CommonOptions.Json();
        var command = new Command("ask", "answer a question from the indexed documents, with citations") { question, json };
        command.SetAction(async (parse, ct) =>
        {
            using var knowledge = new KnowledgeBase(HostEnvironment.OptionsFor(parse.GetValue(CommonOptions.Index)), context.Clock);
            var answer = await knowledge.AskAsync(parse.GetValue(question)!, ct);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.JsonOut, answer);
            }
            else
            {
                Render(context.Console, answer);
            }

            return 0;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, AnswerResult answer)
    {
        console.MarkupLine($"[bold]{Markup.Escape(answer.Answer)}[/]  [grey](confidence {answer.Confidence:0.00})[/]");
        if (answer.Generated is { } generated)
        {
            console.MarkupLine($"[italic]{Markup.Escape(generated)}[/]  [grey](written by the configured model from the evidence below)[/]");
        }

        foreach (var evidence in answer.Evidence)
        {
            console.WriteLine();
            var who = string.Join(", ", new[] { evidence.Speaker, evidence.Affiliation }.Where(s => !string.IsNullOrWhiteSpace(s)));
            console.MarkupLine($"  {Markup.Escape(evidence.Text)}");
            console.MarkupLine($"  [grey]— {Markup.Escape(who.Length > 0 ? who + "; " : string.Empty)}{Markup.Escape(evidence.Source)}{(evidence.Date is null ? string.Empty : ", " + evidence.Date)} ({Markup.Escape(evidence.Id)})[/]");
        }
    }
}
