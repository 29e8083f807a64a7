using System.Net;
using System.Text.Json;
using LmecKnowledgeSearch.Web.Tests.Fixtures;
using Xunit;
using static LmecKnowledgeSearch.Web.Tests.Api.ApiClient;

namespace LmecKnowledgeSearch.Web.Tests.Api;

public sealed class MissingIndexTests
{
    [Fact]
    public async Task Without_an_index_searches_get_503_and_status_says_there_is_none()
    {
        var index = Path.Combine(Path.GetTempPath(), "lmec-missing-index-" + Guid.NewGuid().ToString("N"));
        using var server = LmecWebFactory.Start(new LmecWebOptions { IndexPath = index, Corpus = [] });
        using var client = server.CreateHttpClient();

        var (searchStatus, searchBody, search) = await GetAsync(client, "/api/search?q=" + Encode("橡胶"));
        Assert.True(searchStatus == HttpStatusCode.ServiceUnavailable, searchBody);
        Assert.Contains("lmec index", search.GetProperty("error").GetString(), StringComparison.Ordinal);

        var (askStatus, _, _) = await GetAsync(client, "/api/ask?q=" + Encode("谁？"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, askStatus);

        var (status, body, json) = await GetAsync(client, "/api/status");
        Assert.True(status == HttpStatusCode.OK, body);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("index").ValueKind);
        Assert.False(Directory.Exists(index));
    }
}
