using System.Text.Json;
using LmecKnowledgeSearch.Cli.Tests.Fixtures;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Cli.Tests.Commands;

public sealed class IndexCommandTests : IDisposable
{
    private readonly string indexPath = Path.Combine(Path.GetTempPath(), "lmec-index-cmd-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Prints_the_public_summary_shape_and_skips_unchanged_files_the_second_time()
    {
        var first = await CliRun.RunAsync("index", TestCorpus.RepoCorpus, "--index", indexPath, "--json");
        var second = await CliRun.RunAsync("index", TestCorpus.RepoCorpus, "--index", indexPath, "--json");

        Assert.Equal(0, first.ExitCode);
        using var firstJson = JsonDocument.Parse(first.Json);
        using var secondJson = JsonDocument.Parse(second.Json);
        Assert.Equal(["indexed", "unchanged", "deleted", "failed", "units", "elapsedMs"], firstJson.RootElement.EnumerateObject().Select(p => p.Name));
        var files = Directory.GetFiles(TestCorpus.RepoCorpus).Length;
        Assert.Equal(files, firstJson.RootElement.GetProperty("indexed").GetInt32());
        Assert.Equal(0, secondJson.RootElement.GetProperty("indexed").GetInt32());
        Assert.Equal(files, secondJson.RootElement.GetProperty("unchanged").GetInt32());
        Assert.Equal(firstJson.RootElement.GetProperty("units").GetInt32(), secondJson.RootElement.GetProperty("units").GetInt32());
        Golden.AssertMatches("index-seed-corpus.json", first.Json, "elapsedMs");
    }

    [Fact]
    public async Task Shows_a_summary_table_to_people()
    {
        var result = await CliRun.RunAsync("index", TestCorpus.RepoCorpus, "--index", indexPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("indexed", result.Console, StringComparison.Ordinal);
        Assert.Contains("unchanged", result.Console, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Json);
    }

    [Fact]
    public async Task Reports_files_and_units_per_second_as_plain_lines_when_not_on_a_terminal()
    {
        var result = await CliRun.RunAsync("index", TestCorpus.RepoCorpus, "--index", indexPath);

        var files = Directory.GetFiles(TestCorpus.RepoCorpus).Length;
        var last = result.Console.Split('\n').Last(l => l.StartsWith("indexing: ", StringComparison.Ordinal));
        Assert.Matches($@"^indexing: {files}/{files} files, [1-9][0-9]* units \([0-9.]+ files/s, [0-9]+ units/s\)", last);
    }

    [Fact]
    public async Task Refuses_a_folder_that_does_not_exist()
    {
        var result = await CliRun.RunAsync("index", Path.Combine(indexPath, "no-such-folder"), "--index", indexPath, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("folder not found", result.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(indexPath))
        {
            Directory.Delete(indexPath, recursive: true);
        }
    }
}
