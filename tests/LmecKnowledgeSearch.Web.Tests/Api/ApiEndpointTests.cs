using System.Net;
using System.Text.Json;
using LmecKnowledgeSearch.Cli;
using LmecKnowledgeSearch.Cli.Rendering;
using LmecKnowledgeSearch.Tests.Fixtures;
using LmecKnowledgeSearch.Web.Tests.Fixtures;
using Spectre.Console;
using Xunit;
using static LmecKnowledgeSearch.Web.Tests.Api.ApiClient;

namespace LmecKnowledgeSearch.Web.Tests.Api;

[Collection(IndexedCorpusCollection.Name)]
public sealed class ApiEndpointTests : IDisposable
{
    private readonly IndexedCorpus corpus;
    private readonly LmecWebFactory server;
    private readonly HttpClient client;

    public ApiEndpointTests(IndexedCorpus corpus)
    {
        this.corpus = corpus;
        server = LmecWebFactory.Start(corpus.Options());
        client = server.CreateHttpClient();
    }

    public void Dispose()
    {
        client.Dispose();
        server.Dispose();
    }

    [Theory]
    [InlineData("橡胶")]
    [InlineData("rubber plantation")]
    [InlineData("")]
    public async Task Search_returns_the_same_object_as_lmec_search_json(string query)
    {
        var cli = await RunCliAsync("search", query, "--json");
        var (status, body, _) = await GetAsync(client, "/api/search?q=" + Encode(query));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(cli.Trim(), body.Trim());
    }

    [Fact]
    public async Task Search_finds_the_seed_passages_about_rubber_with_highlighted_snippets()
    {
        var (status, body, json) = await GetAsync(client, "/api/search?q=" + Encode("橡胶") + "&top=5");

        Assert.True(status == HttpStatusCode.OK, body);
        Assert.True(json.GetProperty("total").GetInt32() > 0);
        var hit = json.GetProperty("hits")[0];
        Assert.StartsWith("lmec-briefing-2022-11", hit.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>橡胶</mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.True(json.GetProperty("facets").TryGetProperty("kind", out _), body);
    }

    [Fact]
    public async Task Search_filters_by_a_facet_value_and_by_the_type_alias()
    {
        var (status, body, json) = await GetAsync(client, "/api/search?kind=document&top=50");
        Assert.True(status == HttpStatusCode.OK, body);
        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("document", h.GetProperty("kind").GetString()));

        var doctype = json.GetProperty("hits")[0].GetProperty("id").GetString()!;
        var (unitStatus, _, unit) = await GetAsync(client, "/api/units/" + Encode(doctype));
        Assert.Equal(HttpStatusCode.OK, unitStatus);
        var type = unit.GetProperty("documentType").GetString()!;
        var (aliasStatus, aliasBody, aliased) = await GetAsync(client, "/api/search?type=" + Encode(type) + "&top=50");
        Assert.True(aliasStatus == HttpStatusCode.OK, aliasBody);
        Assert.True(aliased.GetProperty("total").GetInt32() > 0, aliasBody);
    }

    [Fact]
    public async Task Search_pages_through_results_without_repeating_hits()
    {
        var (_, _, first) = await GetAsync(client, "/api/search?top=3&page=1");
        var (_, _, second) = await GetAsync(client, "/api/search?top=3&page=2");

        var firstIds = first.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
        var secondIds = second.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Equal(3, firstIds.Count);
        Assert.NotEmpty(secondIds);
        Assert.Empty(firstIds.Intersect(secondIds));
    }

    [Fact]
    public async Task Ask_returns_the_same_object_as_lmec_ask_json_with_citations()
    {
        const string question = "环境友好型橡胶林试点在哪里开展？";
        var cli = await RunCliAsync("ask", question, "--json");
        var (status, body, json) = await GetAsync(client, "/api/ask?q=" + Encode(question));

        Assert.True(status == HttpStatusCode.OK, body);
        Assert.Equal(cli.Trim(), body.Trim());
        var evidence = json.GetProperty("evidence");
        Assert.True(evidence.GetArrayLength() > 0, body);
        Assert.False(string.IsNullOrEmpty(evidence[0].GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Units_returns_one_unit_by_id_and_404_json_for_an_unknown_one()
    {
        var id = await FirstHitIdAsync("橡胶");
        var (status, body, unit) = await GetAsync(client, "/api/units/" + Encode(id));
        Assert.True(status == HttpStatusCode.OK, body);
        Assert.Equal(id, unit.GetProperty("id").GetString());
        Assert.Contains("橡胶", unit.GetProperty("text").GetString(), StringComparison.Ordinal);

        var (missing, missingBody, error) = await GetAsync(client, "/api/units/" + Encode("no-such-file.txt#3"));
        Assert.True(missing == HttpStatusCode.NotFound, missingBody);
        Assert.Contains("no-such-file.txt#3", error.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Similar_returns_units_of_other_documents_in_the_search_shape()
    {
        // The repo corpus is one briefing in four renditions, which Similar leaves out: add a second document.
        using var temp = new TempCorpus();
        temp.CopyFromRepoCorpus("lmec-briefing-2022-11.txt");
        temp.Write("notes/rubber-agroforestry.md", """
            # 西双版纳橡胶林间作调研笔记

            调研组走访了西双版纳州的环境友好型橡胶种植园。胶农在橡胶林下间作茶、可可和咖啡，
            既增加了生计收入，又改善了土壤和生物多样性。当地合作社计划把这种橡胶林间作模式推广到更多村寨。
            """);
        using (var knowledge = new KnowledgeBase(temp.IndexPath, TimeProvider.System))
        {
            await knowledge.IndexAsync([temp.Corpus]);
        }

        using var other = LmecWebFactory.Start(new LmecWebOptions { IndexPath = temp.IndexPath, Corpus = [temp.Corpus] });
        using var otherClient = other.CreateHttpClient();
        var (_, searchBody, search) = await GetAsync(otherClient, "/api/search?q=" + Encode("橡胶 咖啡") + "&top=20");
        // Similar on an expert view or case study lists only units of that kind; this test wants a document's neighbours.
        var id = search.GetProperty("hits").EnumerateArray()
            .Where(h => h.GetProperty("kind").GetString() is "document" or "passage")
            .Select(h => h.GetProperty("id").GetString()!)
            .FirstOrDefault(i => i.StartsWith("lmec-briefing", StringComparison.Ordinal));
        Assert.True(id is not null, searchBody);

        var (status, body, json) = await GetAsync(otherClient, "/api/similar/" + Encode(id) + "?top=5");

        Assert.True(status == HttpStatusCode.OK, body);
        var sources = json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("source").GetString()).ToList();
        Assert.Contains("notes/rubber-agroforestry.md", sources);
        Assert.DoesNotContain("lmec-briefing-2022-11.txt", sources);
        var (missing, _, _) = await GetAsync(otherClient, "/api/similar/" + Encode("nothing.txt#1"));
        Assert.Equal(HttpStatusCode.NotFound, missing);
    }

    [Fact]
    public async Task Documents_returns_the_whole_document_with_the_query_marked()
    {
        var id = await FirstHitIdAsync("橡胶");
        var (status, body, json) = await GetAsync(client, "/api/documents/" + Encode(id) + "?q=" + Encode("橡胶"));

        Assert.True(status == HttpStatusCode.OK, body);
        var html = json.GetProperty("html").GetString()!;
        Assert.Contains("<mark>橡胶</mark>", html, StringComparison.Ordinal);
        Assert.Contains("澜沧江-湄公河环境合作中心", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("../../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("lmec-briefing-2022-11.txt/../../../../etc/passwd#0")]
    public async Task Documents_never_reads_a_path_from_the_request(string id)
    {
        var (status, body, _) = await GetAsync(client, "/api/documents/" + Encode(id));

        Assert.True(status == HttpStatusCode.NotFound, body);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_reports_the_index_size_and_last_run()
    {
        var (status, body, json) = await GetAsync(client, "/api/status");

        Assert.True(status == HttpStatusCode.OK, body);
        var index = json.GetProperty("index");
        Assert.Equal(Directory.GetFiles(corpus.Corpus).Length, index.GetProperty("documents").GetInt32());
        Assert.True(index.GetProperty("units").GetInt32() > index.GetProperty("documents").GetInt32());
        Assert.Equal(JsonValueKind.String, index.GetProperty("lastRun").ValueKind);
        Assert.False(json.GetProperty("updating").GetBoolean());
    }

    [Fact]
    public async Task Serves_the_OpenAPI_document_and_the_page()
    {
        var (status, body, json) = await GetAsync(client, "/openapi/v1.json");
        Assert.True(status == HttpStatusCode.OK, body);
        var paths = json.GetProperty("paths");
        foreach (var path in new[] { "/api/search", "/api/ask", "/api/units/{id}", "/api/similar/{id}", "/api/documents/{id}", "/api/status", "/api/index" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }

        var searchParameters = paths.GetProperty("/api/search").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("q", searchParameters);
        Assert.Contains("top", searchParameters);
        Assert.Contains("theme", searchParameters);

        using var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("app.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(page.Headers.Contains("Content-Security-Policy"));
    }

    private async Task<string> FirstHitIdAsync(string query)
    {
        var (status, body, json) = await GetAsync(client, "/api/search?q=" + Encode(query));
        Assert.True(status == HttpStatusCode.OK, body);
        return json.GetProperty("hits")[0].GetProperty("id").GetString()!;
    }

    private async Task<string> RunCliAsync(params string[] args)
    {
        using var json = new StringWriter();
        using var errors = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });
        var exit = await LmecCli.RunAsync(["--index", corpus.IndexPath, .. args], new CliContext(console, json, errors, TimeProvider.System));
        Assert.True(exit == 0, errors.ToString());
        return json.ToString();
    }
}
