using LmecKnowledgeSearch.Cli.Rendering;
using Spectre.Console.Testing;

namespace LmecKnowledgeSearch.Cli.Tests.Fixtures;

/// <summary>The outcome of one in-process `lmec` invocation.</summary>
public sealed record CliResult(int ExitCode, string Json, string Error, string Console);

/// <summary>Runs the real command tree in-process against a given index, with captured outputs.</summary>
public static class CliRun
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 200;
        var json = new StringWriter();
        var error = new StringWriter();
        var exit = await LmecCli.RunAsync(args, new CliContext(console, json, error, TimeProvider.System));
        return new CliResult(exit, json.ToString(), error.ToString(), console.Output);
    }
}
