using LmecKnowledgeSearch.Cli;
using LmecKnowledgeSearch.Cli.Commands;
using LmecKnowledgeSearch.Cli.Rendering;
using Spectre.Console;
using Xunit;

namespace LmecKnowledgeSearch.Web.Tests.Cli;

public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://127.0.0.5:8080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    [InlineData("http://example.org:80", false)]
    [InlineData("not a url", false)]
    public void Only_loopback_addresses_count_as_local(string url, bool loopback)
    {
        Assert.Equal(loopback, ServeCommand.IsLoopback(url));
    }

    [Theory]
    [InlineData("--urls", "http://0.0.0.0:5080")]
    [InlineData("--urls", "http://127.0.0.1:5080;http://*:5081")]
    [InlineData("--schedule", "every night")]
    public async Task Refuses_remote_addresses_without_the_flag_and_bad_schedules_before_starting(string option, string value)
    {
        using var errors = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });
        var index = Path.Combine(Path.GetTempPath(), "lmec-serve-test-" + Guid.NewGuid().ToString("N"));

        var exit = await LmecCli.RunAsync(["--index", index, "serve", option, value], new CliContext(console, TextWriter.Null, errors, TimeProvider.System));

        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", errors.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(index), "nothing is indexed before the options are checked");
    }
}
