using System.Text.Json;
using LmecKnowledgeSearch.Cli.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Cli.Tests.Commands;

/// <summary>`lmec ask`, `lmec similar` and `lmec show --json`: public shapes as golden files, and what they say.</summary>
public sealed class AskCommandTests(SeedIndexFixture index) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public async Task Matches_the_golden_json_for_a_question_with_a_cited_expert()
    {
        var result = await CliRun.RunAsync("ask", "哪个机构在东江流域开展了基于社区的水资源管理试点？", "--json", "--index", index.IndexPath);

        Assert.Equal(0, result.ExitCode);
        Golden.AssertMatches("ask-dongjiang-pilot.json", result.Json);
    }

    [Fact]
    public async Task Says_no_answer_when_the_documents_do_not_say()
    {
        var result = await CliRun.RunAsync("ask", "湄公河全长多少公里？", "--json", "--index", index.IndexPath);

        using var json = JsonDocument.Parse(result.Json);
        Assert.Equal("no answer found in the indexed documents", json.RootElement.GetProperty("answer").GetString());
        Assert.True(json.RootElement.GetProperty("confidence").GetDouble() < 0.4);
    }

    [Fact]
    public async Task Answers_an_english_question_from_the_chinese_briefing()
    {
        var when = await CliRun.RunAsync("ask", "When was the roundtable dialogue held?", "--json", "--index", index.IndexPath);
        var where = await CliRun.RunAsync("ask", "Where were the environment-friendly rubber plantation pilots carried out?", "--json", "--index", index.IndexPath);

        using var whenJson = JsonDocument.Parse(when.Json);
        using var whereJson = JsonDocument.Parse(where.Json);
        Assert.Contains("2022年4月21日", whenJson.RootElement.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal("2022-05-20", whenJson.RootElement.GetProperty("evidence")[0].GetProperty("date").GetString());
        Assert.Contains("暹粒", whereJson.RootElement.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal("Makiko Yashiro", whereJson.RootElement.GetProperty("evidence")[0].GetProperty("speaker").GetString());
    }

    [Fact]
    public async Task Matches_the_golden_json_for_showing_an_expert_view()
    {
        var search = await CliRun.RunAsync("search", "--kind", "expert_view", "--speaker", "宋扬", "--json", "--index", index.IndexPath);
        using var hits = JsonDocument.Parse(search.Json);
        var id = hits.RootElement.GetProperty("hits")[0].GetProperty("id").GetString()!;

        var shown = await CliRun.RunAsync("show", id, "--json", "--index", index.IndexPath);

        Assert.Equal(0, shown.ExitCode);
        Golden.AssertMatches("show-oxfam-view.json", shown.Json);
    }

    [Fact]
    public async Task Lists_other_case_studies_as_similar_to_a_case_study()
    {
        var search = await CliRun.RunAsync("search", "橡胶林试点", "--kind", "case_study", "--json", "--index", index.IndexPath);
        using var hits = JsonDocument.Parse(search.Json);
        var id = hits.RootElement.GetProperty("hits")[0].GetProperty("id").GetString()!;

        var similar = await CliRun.RunAsync("similar", id, "--json", "--index", index.IndexPath);

        Assert.Equal(0, similar.ExitCode);
        using var json = JsonDocument.Parse(similar.Json);
        Assert.All(json.RootElement.GetProperty("hits").EnumerateArray(), h => Assert.Equal("case_study", h.GetProperty("kind").GetString()));
    }
}
