using System.Text.Json;
using LmecKnowledgeSearch.Cli.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Cli.Tests.Commands;

public sealed class SearchCommandTests(SeedIndexFixture index) : IClassFixture<SeedIndexFixture>
{
    // The public fields, in order; then those added since (a card's label, the unit's details, the case studies folded
    // into a view's card): new fields may follow, none may go.
    private static readonly string[] HitProperties = ["id", "kind", "title", "source", "speaker", "affiliation", "themes", "date", "snippet", "score", "label", "details", "caseStudies"];

    [Fact]
    public async Task Prints_exactly_one_json_object_with_the_public_shape()
    {
        var result = await CliRun.RunAsync("search", "橡胶林", "--json", "--index", index.IndexPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Console);
        var lines = result.Json.Trim().Split('\n');
        Assert.Single(lines);
        using var json = JsonDocument.Parse(result.Json);
        var root = json.RootElement;
        Assert.Equal(["query", "total", "hits", "facets"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("橡胶林", root.GetProperty("query").GetString());
        Assert.True(root.GetProperty("total").GetInt32() > 0);
        foreach (var hit in root.GetProperty("hits").EnumerateArray())
        {
            Assert.Equal(HitProperties, hit.EnumerateObject().Select(p => p.Name));
        }
    }

    [Fact]
    public async Task Finds_the_rubber_pilot_passage_with_the_match_marked()
    {
        var result = await CliRun.RunAsync("search", "橡胶林试点", "--json", "--index", index.IndexPath);

        using var json = JsonDocument.Parse(result.Json);
        var top = json.RootElement.GetProperty("hits")[0];
        var snippet = top.GetProperty("snippet").GetString()!;
        Assert.Contains("<mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("橡胶", snippet.Replace("<mark>", string.Empty).Replace("</mark>", string.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finds_a_latin_name_inside_chinese_text()
    {
        var result = await CliRun.RunAsync("search", "Phnom Kulen", "--json", "--index", index.IndexPath);

        using var json = JsonDocument.Parse(result.Json);
        var snippets = json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("snippet").GetString()!).ToList();
        Assert.NotEmpty(snippets);
        Assert.Contains("<mark>Phnom</mark>", snippets[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_units_when_no_query_is_given()
    {
        var all = await CliRun.RunAsync("search", "--json", "--top", "100", "--index", index.IndexPath);
        var passages = await CliRun.RunAsync("search", "--json", "--kind", "passage", "--top", "100", "--index", index.IndexPath);

        using var allJson = JsonDocument.Parse(all.Json);
        using var passageJson = JsonDocument.Parse(passages.Json);
        Assert.True(passageJson.RootElement.GetProperty("total").GetInt32() >= 1);
        Assert.True(allJson.RootElement.GetProperty("total").GetInt32() > passageJson.RootElement.GetProperty("total").GetInt32());
        Assert.All(passageJson.RootElement.GetProperty("hits").EnumerateArray(), h => Assert.Equal("passage", h.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Shows_the_renditions_of_one_briefing_as_one_hit()
    {
        // corpus/ holds the seed as .txt, GB18030 .txt, .docx and .pdf: one document to a reader.
        var documents = await CliRun.RunAsync("search", "--json", "--kind", "document", "--index", index.IndexPath);
        var query = await CliRun.RunAsync("search", "橡胶", "--json", "--index", index.IndexPath);

        using var documentJson = JsonDocument.Parse(documents.Json);
        using var queryJson = JsonDocument.Parse(query.Json);
        var hits = queryJson.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(1, documentJson.RootElement.GetProperty("total").GetInt32());
        Assert.Single(hits, h => h.GetProperty("kind").GetString() == "document");
        // Each rendition has its own copy of every expert view and case study; a reader sees each once.
        var views = hits.Where(h => h.GetProperty("kind").GetString() != "document").Select(h => (h.GetProperty("kind").GetString(), h.GetProperty("speaker").GetString())).ToList();
        Assert.NotEmpty(views);
        Assert.Equal(views.Count, views.Distinct().Count());
    }

    [Fact]
    public async Task Reports_a_malformed_query_clearly_without_a_stack_trace()
    {
        var result = await CliRun.RunAsync("search", "\"unbalanced AND (", "--json", "--index", index.IndexPath);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Json);
        Assert.StartsWith("error: the query could not be understood", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_an_invalid_page_size()
    {
        var result = await CliRun.RunAsync("search", "橡胶", "--top", "-5", "--index", index.IndexPath);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("top must be between", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Says_when_there_is_no_index_yet()
    {
        var missing = Path.Combine(Path.GetTempPath(), "lmec-missing-" + Guid.NewGuid().ToString("N"));

        var result = await CliRun.RunAsync("search", "橡胶", "--index", missing);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("run `lmec index` first", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matches_the_golden_json_for_a_chinese_query()
    {
        var result = await CliRun.RunAsync("search", "社区生计", "--top", "3", "--json", "--index", index.IndexPath);

        Golden.AssertMatches("search-community-livelihoods.json", result.Json);
    }
}
