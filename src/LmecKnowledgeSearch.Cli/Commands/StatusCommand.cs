using System.CommandLine;
using System.Globalization;
using LmecKnowledgeSearch.Cli.Rendering;
using LmecKnowledgeSearch.Web.Hosting;
using Spectre.Console;

namespace LmecKnowledgeSearch.Cli.Commands;

/// <summary>`lmec status`: what the index holds and how its last run went (the same object as GET /api/status's index part).</summary>
public static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var json = CommonOptions.Json();
        var command = new Command("status", "show the index size, the last run and its failures") { json };
        command.SetAction((parse, _) =>
        {
            using var knowledge = new KnowledgeBase(HostEnvironment.OptionsFor(parse.GetValue(CommonOptions.Index)), context.Clock);
            var status = knowledge.Status();
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.JsonOut, status);
                return Task.FromResult(0);
            }

            var table = new Table().HideHeaders().AddColumn("field").AddColumn("value");
            table.AddRow("index", TerminalText.Escape(status.IndexPath));
            table.AddRow("units", status.Units.ToString(CultureInfo.InvariantCulture));
            table.AddRow("documents", status.Documents.ToString(CultureInfo.InvariantCulture));
            table.AddRow("last run", status.LastRun?.ToString("u", CultureInfo.InvariantCulture) ?? "never");
            if (status.LastRunReport is { } report)
            {
                table.AddRow("last run result", $"{report.Indexed} indexed, {report.Unchanged} unchanged, {report.Deleted} deleted, {report.Failed.Count} failed");
                foreach (var failure in report.Failed)
                {
                    table.AddRow("[red]failed[/]", TerminalText.Escape($"{failure.Path}: {failure.Reason}"));
                }
            }

            if (status.LastFailure is { } failedRun)
            {
                table.AddRow("[red]last run failed[/]", TerminalText.Escape($"{failedRun.At.UtcDateTime.ToString("u", CultureInfo.InvariantCulture)}: {failedRun.Reason}"));
            }

            context.Console.Write(table);
            return Task.FromResult(0);
        });
        return command;
    }
}
