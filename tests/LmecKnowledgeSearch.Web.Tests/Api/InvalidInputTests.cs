using System.Net;
using System.Text.Json;
using LmecKnowledgeSearch.Web.Tests.Fixtures;
using Xunit;
using static LmecKnowledgeSearch.Web.Tests.Api.ApiClient;

namespace LmecKnowledgeSearch.Web.Tests.Api;

[Collection(IndexedCorpusCollection.Name)]
public sealed class InvalidInputTests : IDisposable
{
    private readonly LmecWebFactory server;
    private readonly HttpClient client;

    public InvalidInputTests(IndexedCorpus corpus)
    {
        server = LmecWebFactory.Start(corpus.Options());
        client = server.CreateHttpClient();
    }

    public static TheoryData<string> BadSearches => new()
    {
        "/api/search?q=x&top=-5",
        "/api/search?q=x&top=0",
        "/api/search?q=x&top=100000",
        "/api/search?q=x&top=abc",
        "/api/search?q=x&page=0",
        "/api/search?q=x&page=1.5",
        "/api/search?q=x&sort=sideways",
        "/api/search?q=x&colour=green",
        "/api/search?q=x&q=y",
        "/api/search?q=" + Uri.EscapeDataString("\"unbalanced quote\" AND \""),
        "/api/search?q=" + Uri.EscapeDataString("(橡胶 AND 咖啡"),
        "/api/search?q=" + Uri.EscapeDataString("title:[a TO"),
        "/api/search?q=" + Uri.EscapeDataString(new string('x', 100_000)),
        "/api/search?q=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("橡胶种植园", 6_700))),
        "/api/ask",
        "/api/ask?q=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("谁介绍了橡胶林？", 4_200))),
        "/api/similar/lmec-briefing-2022-11.txt%230?top=-5",
    };

    public void Dispose()
    {
        client.Dispose();
        server.Dispose();
    }

    [Theory]
    [MemberData(nameof(BadSearches))]
    public async Task Invalid_input_gets_400_with_a_json_error(string url)
    {
        var (status, body, json) = await GetAsync(client, url);

        Assert.True(status == HttpStatusCode.BadRequest, $"{(int)status}: {body[..Math.Min(body.Length, 300)]}");
        Assert.Equal(JsonValueKind.String, json.GetProperty("error").ValueKind);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_routes_and_methods_get_a_json_error_not_a_500()
    {
        var (status, _, json) = await GetAsync(client, "/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(JsonValueKind.String, json.GetProperty("error").ValueKind);

        using var delete = await client.DeleteAsync("/api/search?q=x");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, delete.StatusCode);
    }

    [Theory]
    [InlineData("/api/search?q=%00")]
    [InlineData("/api/search?q=%FF%FE")]
    [InlineData("/api/search?q=%ED%A0%80")]
    [InlineData("/api/search?q=*")]
    [InlineData("/api/search?q=%3F%3F%3F")]
    [InlineData("/api/search?q=kind:expert_view")]
    [InlineData("/api/search?q=x&kind=%00")]
    [InlineData("/api/units/%00")]
    [InlineData("/api/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    [InlineData("/api/similar/%FF")]
    public async Task Odd_bytes_and_syntax_never_produce_a_server_error(string url)
    {
        var (status, body, _) = await GetAsync(client, url);

        Assert.True((int)status < 500, $"{url} → {(int)status} {body}");
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Random_queries_never_produce_a_server_error()
    {
        var random = new Random(20260524);
        const string alphabet = "橡胶咖啡澜湄 abcXYZ\"'()[]{}:*?~^!+-&|\\/<>#%\u3000\uFF08\uFF09🌏";
        for (var i = 0; i < 60; i++)
        {
            var query = new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            foreach (var endpoint in new[] { "/api/search?q=", "/api/ask?q=", "/api/documents/lmec-briefing-2022-11.txt%230?q=" })
            {
                var (status, body, _) = await GetAsync(client, endpoint + Uri.EscapeDataString(query));
                Assert.True((int)status < 500, $"{endpoint}{query} → {(int)status} {body}");
            }
        }
    }
}
