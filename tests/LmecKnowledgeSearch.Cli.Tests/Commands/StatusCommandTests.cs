using System.Text.Json;
using LmecKnowledgeSearch.Cli.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Cli.Tests.Commands;

public sealed class StatusCommandTests(SeedIndexFixture index) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public async Task Reports_the_index_size_and_the_last_run()
    {
        var result = await CliRun.RunAsync("status", "--json", "--index", index.IndexPath);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Json);
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("documents").GetInt32());
        Assert.Equal(root.GetProperty("units").GetInt32(), root.GetProperty("lastRunReport").GetProperty("units").GetInt32());
        Assert.Equal(0, root.GetProperty("lastRunReport").GetProperty("failed").GetArrayLength());
        Assert.True(root.GetProperty("lastRun").GetDateTimeOffset() > DateTimeOffset.UnixEpoch);
    }
}
