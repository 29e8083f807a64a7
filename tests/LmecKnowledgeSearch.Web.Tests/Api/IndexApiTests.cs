using System.Net;
using System.Text.Json;
using LmecKnowledgeSearch.Web.Api;
using LmecKnowledgeSearch.Web.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Web.Tests.Api;

[Collection(IndexedCorpusCollection.Name)]
public sealed class IndexApiTests
{
    private const string Key = "correct-horse-battery-staple";
    private readonly IndexedCorpus corpus;

    public IndexApiTests(IndexedCorpus corpus)
    {
        this.corpus = corpus;
    }

    [Fact]
    public async Task Reindex_is_forbidden_when_the_server_has_no_api_key()
    {
        using var server = LmecWebFactory.Start(corpus.Options(apiKey: null));
        using var client = server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/index");
        request.Headers.Add(IndexApi.KeyHeader, "anything");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("disabled", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-key")]
    [InlineData(Key + "x")]
    public async Task Reindex_is_refused_without_the_right_key(string? sent)
    {
        using var server = LmecWebFactory.Start(corpus.Options(apiKey: Key));
        using var client = server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/index");
        if (sent is not null)
        {
            request.Headers.Add(IndexApi.KeyHeader, sent);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task Reindex_with_the_key_runs_and_reports_an_unchanged_corpus_as_unchanged()
    {
        using var server = LmecWebFactory.Start(corpus.Options(apiKey: Key));
        using var client = server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/index");
        request.Headers.Add(IndexApi.KeyHeader, Key);

        using var response = await client.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(0, json.RootElement.GetProperty("indexed").GetInt32());
        Assert.Equal(Directory.GetFiles(corpus.Corpus).Length, json.RootElement.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("deleted").GetInt32());
    }
}
