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

    /// <summary>
    /// A first word that is no command ("serch foo") gets one suggestion for that word: the parser's own suggestions
    /// would also propose commands for the arguments that follow it.
    /// </summary>
    private static string? UnknownCommand(RootCommand root, ParseResult parse, string[] args)
    {
        if (parse.Errors.Count == 0 || args.Length == 0 || args[0].StartsWith('-') || parse.CommandResult.Command != root)
        {
            return null;
        }

        var word = args[0];
        var closest = root.Subcommands
            .Select(c => (c.Name, Distance: CommandSuggestions.Distance(word, c.Name)))
            .Where(c => c.Distance <= Math.Max(2, word.Length / 3))
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();
        return closest is null
            ? $"error: '{word}' is not an lmec command; 'lmec --help' lists them"
            : $"error: '{word}' is not an lmec command; did you mean 'lmec {closest}'?";
    }

    /// <summary>Runs the CLI; expected failures print one clear line on stderr and map to an exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        var root = Build(context);
        var parse = root.Parse(args);
        if (UnknownCommand(root, parse, args) is { } unknown)
        {
            await context.ErrorOut.WriteLineAsync(unknown);
            return 2;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = context.JsonOut, Error = context.ErrorOut });
        }
        catch (LmecException e)
        {
            await context.ErrorOut.WriteLineAsync($"error: {TerminalText.Visible(e.Message)}");
            return ExitCodeOf(e.Kind);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug, not bad input: say so in one line; LMEC_DEBUG=1 shows the stack trace.
            var detail = Environment.GetEnvironmentVariable("LMEC_DEBUG") == "1" ? e.ToString() : $"{e.GetType().Name}: {e.Message}";
            await context.ErrorOut.WriteLineAsync($"internal error (please report it): {TerminalText.Visible(detail)}");
            return 1;
        }
    }

    /// <summary>The exit code of each expected failure (README, "Exit codes"); 1 is a bug.</summary>
    public static int ExitCodeOf(LmecErrorKind kind) => kind switch
    {
        LmecErrorKind.InvalidInput => 2,
        LmecErrorKind.IndexMissing => 3,
        LmecErrorKind.IndexBusy => 4,
        LmecErrorKind.NotFound => 5,
        LmecErrorKind.IndexNotWritable => 6,
        LmecErrorKind.DiskFull => 7,
        LmecErrorKind.Overloaded => 8,
        _ => 1,
    };
}
