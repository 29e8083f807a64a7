using LmecKnowledgeSearch.Search;
using Spectre.Console;

namespace LmecKnowledgeSearch.Cli.Rendering;

/// <summary>Search and similar results for people: one block per hit, then the facets.</summary>
public static class SearchResultsView
{
    public static void Render(IAnsiConsole console, SearchResponse response, int first)
    {
        console.MarkupLine(response.Total == 0
            ? "[yellow]no results[/]"
            : $"[bold]{(response.Approximate ? "≈" : string.Empty)}{response.Total}[/] results, showing {first}–{first + response.Hits.Count - 1}");
        foreach (var hit in response.Hits)
        {
            console.WriteLine();
            var who = hit.Speaker is null ? string.Empty : $" [green]{TerminalText.Escape(hit.Speaker)}[/]" + (hit.Affiliation is null ? string.Empty : $" [grey]{TerminalText.Escape(hit.Affiliation)}[/]");
            console.MarkupLine($"[blue]{TerminalText.Escape(hit.Kind)}[/]{who}  [bold]{TerminalText.Escape(hit.Title)}[/]");
            console.MarkupLine($"  {SnippetMarkup.ToConsoleMarkup(hit.Snippet)}");
            var themes = hit.Themes.Count == 0 ? string.Empty : "  themes: " + TerminalText.Escape(string.Join(", ", hit.Themes));
            console.MarkupLine($"  [grey]{TerminalText.Escape(hit.Id)}  {hit.Date ?? string.Empty}  score {hit.Score:0.00}{themes}[/]");
        }

        if (response.Facets.Count > 0)
        {
            console.WriteLine();
            var table = new Table().AddColumn("facet").AddColumn("values");
            foreach (var (name, values) in response.Facets)
            {
                table.AddRow(TerminalText.Escape(name), TerminalText.Escape(string.Join("  ", values.Take(8).Select(v => $"{v.Value} ({v.Count})"))));
            }

            console.Write(table);
        }
    }
}
