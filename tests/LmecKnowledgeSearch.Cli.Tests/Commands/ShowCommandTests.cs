using System.Text.Json;
using LmecKnowledgeSearch.Cli.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Cli.Tests.Commands;

public sealed class ShowCommandTests(SeedIndexFixture index) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public async Task Shows_the_unit_a_search_returned()
    {
        var search = await CliRun.RunAsync("search", "超越水边界框架", "--json", "--index", index.IndexPath);
        using var hits = JsonDocument.Parse(search.Json);
        var id = hits.RootElement.GetProperty("hits")[0].GetProperty("id").GetString()!;

        var shown = await CliRun.RunAsync("show", id, "--index", index.IndexPath);

        Assert.Equal(0, shown.ExitCode);
        Assert.Contains(id, shown.Console, StringComparison.Ordinal);
        Assert.Contains("超越水边界框架", shown.Console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Says_when_the_unit_does_not_exist()
    {
        var shown = await CliRun.RunAsync("show", "no/such/file.txt#3", "--index", index.IndexPath);

        Assert.Equal(5, shown.ExitCode);
        Assert.Contains("no unit", shown.Error, StringComparison.Ordinal);
    }
}
