using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Cli.Tests.Fixtures;

/// <summary>An index of the repo's corpus/ (the seed briefing and its renditions), built once per test class.</summary>
public sealed class SeedIndexFixture : IAsyncLifetime
{
    public string IndexPath { get; } = Path.Combine(Path.GetTempPath(), "lmec-cli-tests-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        var result = await CliRun.RunAsync("index", TestCorpus.RepoCorpus, "--index", IndexPath, "--json");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("indexing the seed corpus failed: " + result.Error);
        }
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(IndexPath))
        {
            Directory.Delete(IndexPath, recursive: true);
        }

        return Task.CompletedTask;
    }
}
