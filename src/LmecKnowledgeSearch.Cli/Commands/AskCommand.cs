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
            var text = parse.GetValue(question);

            // The same checks as GET /api/ask, so an empty question fails in both rather than "no answer" in one.
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new LmecException(LmecErrorKind.InvalidInput, "a question is required: lmec ask \"QUESTION\"");
            }

            if (text.Length > LmecKnowledgeSearch.Search.SearchRequest.MaxQueryLength)
            {
                throw new LmecException(LmecErrorKind.InvalidInput, $"the question is too long ({text.Length} characters; at most {LmecKnowledgeSearch.Search.SearchRequest.MaxQueryLength})");
            }

            using var knowledge = new KnowledgeBase(HostEnvironment.OptionsFor(parse.GetValue(CommonOptions.Index)), context.Clock);
            var answer = await knowledge.AskAsync(text, ct);
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
        console.MarkupLine($"[bold]{TerminalText.Escape(answer.Answer)}[/]  [grey](confidence {answer.Confidence:0.00})[/]");
        if (answer.Generated is { } generated)
        {
            console.MarkupLine($"[italic]{TerminalText.Escape(generated)}[/]  [grey](written by the configured model from the evidence below)[/]");
        }

        foreach (var evidence in answer.Evidence)
        {
            console.WriteLine();
            var who = string.Join(", ", new[] { evidence.Speaker, evidence.Affiliation }.Where(s => !string.IsNullOrWhiteSpace(s)));
            console.MarkupLine($"  {TerminalText.Escape(evidence.Text)}");
            console.MarkupLine($"  [grey]— {TerminalText.Escape(who.Length > 0 ? who + "; " : string.Empty)}{TerminalText.Escape(evidence.Source)}{(evidence.Date is null ? string.Empty : ", " + evidence.Date)} ({TerminalText.Escape(evidence.Id)})[/]");
        }
    }
}
