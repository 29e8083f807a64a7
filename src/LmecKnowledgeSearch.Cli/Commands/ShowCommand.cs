using System.CommandLine;
using LmecKnowledgeSearch.Cli.Rendering;
using LmecKnowledgeSearch.Search;
using LmecKnowledgeSearch.Web.Hosting;
using Spectre.Console;

namespace LmecKnowledgeSearch.Cli.Commands;

/// <summary>`lmec show ID`: one unit with its structure and provenance.</summary>
public static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "unit id, as search prints it (path#number)" };
        var json = CommonOptions.Json();
        var command = new Command("show", "print one unit with its structure and provenance") { id, json };
        command.SetAction((parse, _) =>
        {
            using var knowledge = new KnowledgeBase(HostEnvironment.OptionsFor(parse.GetValue(CommonOptions.Index)), context.Clock);
            var unitId = parse.GetValue(id)!;
            var unit = knowledge.Search.GetUnit(unitId) is { } found
                ? UnitResponse.From(found)
                : throw new LmecException(LmecErrorKind.NotFound, $"no unit '{unitId}' in the index");
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.JsonOut, unit);
            }
            else
            {
                Render(context.Console, unit);
            }

            return Task.FromResult(0);
        });
        return command;
    }

    private static void Render(IAnsiConsole console, UnitResponse unit)
    {
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                grid.AddRow($"[grey]{name}[/]", TerminalText.Escape(value));
            }
        }

        Row("id", unit.Id);
        Row("kind", unit.Kind);
        Row("title", unit.Title);
        Row("source", unit.Source + (unit.Page is { } page ? $" (page {page})" : string.Empty));
        Row("section", unit.HeadingPath);
        Row("speaker", unit.Speaker);
        Row("affiliation", unit.Affiliation);
        Row("date", unit.Date?.ToString("yyyy-MM-dd"));
        Row("type", $"{unit.DocumentType}, {unit.Language}");
        Row("organisations", string.Join("、", unit.Organisations));
        Row("places", string.Join("、", unit.Places));
        Row("themes", string.Join("; ", unit.Themes.Select(t => $"{t.Id} {t.Score:0.00} ({string.Join(", ", t.Evidence)})")));
        foreach (var detail in unit.Details)
        {
            Row("detail", detail);
        }

        console.Write(grid);
        console.WriteLine();
        console.WriteLine(unit.Text);
    }
}
