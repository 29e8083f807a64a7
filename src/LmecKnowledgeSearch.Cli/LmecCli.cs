using System.CommandLine;
using LmecKnowledgeSearch.Cli.Commands;
using LmecKnowledgeSearch.Cli.Rendering;

namespace LmecKnowledgeSearch.Cli;

/// <summary>The `lmec` command tree: a table of contents of the verbs; each verb lives in Commands/.</summary>
public static class LmecCli
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("LMEC Knowledge Search: search and question the Lancang-Mekong environmental archive")
        {
            IndexCommand.Create(context),
            SearchCommand.Create(context),
            ShowCommand.Create(context),
            StatusCommand.Create(context),
            SimilarCommand.Create(context),
            AskCommand.Create(context),
            EvalCommand.Create(context),
        };
        root.Options.Add(CommonOptions.Index);
        root.Subcommands.Add(ServeCommand.Create(context));
        return root;
    }

    /// <summary>Runs the CLI; expected failures print one clear line on stderr and map to an exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        var root = Build(context);
        var parse = root.Parse(args);
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = context.JsonOut, Error = context.ErrorOut });
        }
        catch (LmecException e)
        {
            await context.ErrorOut.WriteLineAsync($"error: {e.Message}");
            return e.Kind switch
            {
                LmecErrorKind.InvalidInput => 2,
                LmecErrorKind.IndexMissing => 3,
                LmecErrorKind.IndexBusy => 4,
                LmecErrorKind.NotFound => 5,
                _ => 1,
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug, not bad input: say so in one line; LMEC_DEBUG=1 shows the stack trace.
            var detail = Environment.GetEnvironmentVariable("LMEC_DEBUG") == "1" ? e.ToString() : $"{e.GetType().Name}: {e.Message}";
            await context.ErrorOut.WriteLineAsync($"internal error (please report it): {detail}");
            return 1;
        }
    }
}
