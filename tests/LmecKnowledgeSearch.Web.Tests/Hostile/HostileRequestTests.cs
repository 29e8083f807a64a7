using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using LmecKnowledgeSearch.Web.Tests.Fixtures;
using Xunit;
using static LmecKnowledgeSearch.Web.Tests.Api.ApiClient;

namespace LmecKnowledgeSearch.Web.Tests.Hostile;

/// <summary>Requests a hostile page or client sends (issue 12), against the real server on Kestrel.</summary>
[Collection(IndexedCorpusCollection.Name)]
public sealed class HostileRequestTests(IndexedCorpus corpus)
{
    [Theory]
    [InlineData("/api/search?q=rubber")]
    [InlineData("/api/status")]
    [InlineData("/")]
    public async Task A_foreign_host_name_is_refused_as_dns_rebinding_would_send_it(string path)
    {
        using var server = LmecWebFactory.Start(corpus.Options());
        using var client = server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "attacker.example:" + server.Address.Port;

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("--allow-remote", JsonDocument.Parse(body).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_keyed_post_with_a_foreign_host_is_refused_before_the_key_is_looked_at()
    {
        using var server = LmecWebFactory.Start(corpus.Options(apiKey: "secret"));
        using var client = server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/index");
        request.Headers.Host = "rebound.example";
        request.Headers.Add("X-Api-Key", "secret");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task Loopback_names_are_served(string host)
    {
        using var server = LmecWebFactory.Start(corpus.Options());
        using var client = server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/status");
        request.Headers.Host = $"{host}:{server.Address.Port}";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Allow_remote_serves_any_host_name()
    {
        using var server = LmecWebFactory.Start(corpus.Options() with { AllowRemote = true });
        using var client = server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/status");
        request.Headers.Host = "search.lmec.example";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Status_names_no_absolute_path()
    {
        using var server = LmecWebFactory.Start(corpus.Options());
        using var client = server.CreateHttpClient();

        var (status, body, json) = await GetAsync(client, "/api/status");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("index", json.GetProperty("index").GetProperty("indexPath").GetString());
        Assert.DoesNotContain(corpus.Root, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/search?q=", "max pattern length", 1)]
    [InlineData("/api/search?q=", "max expensive terms", 2)]
    public async Task An_expensive_query_gets_a_400_naming_the_limit(string path, string limit, int shape)
    {
        var query = shape == 1
            ? "/" + string.Concat(Enumerable.Repeat("(a|b|c)*[x-z]+", 70)) + "/"
            : string.Join(' ', Enumerable.Range(0, 40).Select(i => $"mangrove{i}~2"));
        using var server = LmecWebFactory.Start(corpus.Options());
        using var client = server.CreateHttpClient();

        var (status, _, json) = await GetAsync(client, path + Encode(query));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(limit, json.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_512_kB_request_line_gets_a_json_414()
    {
        using var server = LmecWebFactory.Start(corpus.Options());
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, server.Address.Port);
        var stream = tcp.GetStream();
        var target = "/api/search?q=" + new string('x', 512 * 1024);
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 414", response, StringComparison.Ordinal);
        var body = response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        Assert.Contains("over the", JsonDocument.Parse(body).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_question_gets_a_400_as_in_the_cli()
    {
        using var server = LmecWebFactory.Start(corpus.Options());
        using var client = server.CreateHttpClient();

        var (status, _, json) = await GetAsync(client, "/api/ask?q=");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("required", json.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
