using System.CommandLine;
using LmecKnowledgeSearch.Cli.Rendering;
using LmecKnowledgeSearch.Web.Hosting;

namespace LmecKnowledgeSearch.Cli.Commands;

/// <summary>`lmec similar ID`: units like this one (e.g. other case studies like this case study).</summary>
public static class SimilarCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "unit id, as search prints it (path#number)" };
        var top = new Option<int>("--top") { Description = "how many", DefaultValueFactory = _ => 10 };
        var json = CommonOptions.Json();
        var command = new Command("similar", "find units similar to a unit") { id, top, json };
        command.SetAction((parse, _) =>
        {
            using var knowledge = new KnowledgeBase(HostEnvironment.OptionsFor(parse.GetValue(CommonOptions.Index)), context.Clock);
            var response = knowledge.Search.Similar(parse.GetValue(id)!, parse.GetValue(top));
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.JsonOut, response);
            }
            else
            {
                SearchResultsView.Render(context.Console, response, 1);
            }

            return Task.FromResult(0);
        });
        return command;
    }
}
