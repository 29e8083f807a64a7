using LmecKnowledgeSearch.Cli.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Cli.Tests.Commands;

/// <summary>The command line itself: mistyped commands, help as the README writes it, a missing index.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task A_mistyped_command_gets_one_suggestion_for_the_command_and_none_for_its_argument()
    {
        var result = await CliRun.RunAsync("serch", "foo");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: 'serch' is not an lmec command; did you mean 'lmec search'?", result.Error.Trim());
    }

    [Fact]
    public async Task A_word_like_no_command_points_to_the_help()
    {
        var result = await CliRun.RunAsync("frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'lmec --help' lists them", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_help_shows_the_sort_values_as_the_readme_writes_them()
    {
        var result = await CliRun.RunAsync("search", "--help");

        Assert.Contains("--sort <date|relevance>", result.Json + result.Console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_without_an_index_says_to_index_first()
    {
        var result = await CliRun.RunAsync("status", "--index", Path.Combine(Path.GetTempPath(), "lmec-no-index-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("run `lmec index` first", result.Error, StringComparison.Ordinal);
    }
}
