using System.CommandLine;
using LmecKnowledgeSearch.Cli.Rendering;
using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Search;
using LmecKnowledgeSearch.Web.Hosting;
using Spectre.Console;

namespace LmecKnowledgeSearch.Cli.Commands;

/// <summary>`lmec search [QUERY]` with facet filters; no query lists all units.</summary>
public static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string?>("query") { Description = "query (Chinese, English or Lucene syntax); omit to list all units", Arity = ArgumentArity.ZeroOrOne };
        var top = new Option<int>("--top") { Description = "hits per page", DefaultValueFactory = _ => 10 };
        var page = new Option<int>("--page") { Description = "page number, from 1", DefaultValueFactory = _ => 1 };
        var sort = new Option<string>("--sort") { Description = "order of the hits", HelpName = "date|relevance", DefaultValueFactory = _ => "relevance" };
        sort.AcceptOnlyFromAmong("relevance", "date");
        var json = CommonOptions.Json();
        var filters = IndexSchema.Facets
            .Select(f => (f.PublicName, Option: new Option<string[]>("--" + f.PublicName) { Description = $"only units with this {f.PublicName} (repeatable)" }))
            .ToList();
        var command = new Command("search", "search the index") { query, top, page, sort, json };
        foreach (var (_, option) in filters)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, _) =>
        {
            var request = new SearchRequest
            {
                Query = parse.GetValue(query),
                Top = parse.GetValue(top),
                Page = parse.GetValue(page),
                Sort = Enum.Parse<SearchSort>(parse.GetValue(sort) ?? "relevance", ignoreCase: true),
                Filters = filters
                    .Select(f => (f.PublicName, Values: parse.GetValue(f.Option) ?? []))
                    .Where(f => f.Values.Length > 0)
                    .ToDictionary(f => f.PublicName, f => (IReadOnlyList<string>)f.Values),
            };
            using var knowledge = new KnowledgeBase(HostEnvironment.OptionsFor(parse.GetValue(CommonOptions.Index)), context.Clock);
            var response = knowledge.Search.Search(request);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.JsonOut, response);
            }
            else
            {
                SearchResultsView.Render(context.Console, response, request.Page == 1 ? 1 : ((request.Page - 1) * request.Top) + 1);
            }

            return Task.FromResult(0);
        });
        return command;
    }
}
