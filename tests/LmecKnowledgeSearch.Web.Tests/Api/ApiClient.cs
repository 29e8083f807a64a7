using System.Net;
using System.Text.Json;

namespace LmecKnowledgeSearch.Web.Tests.Api;

/// <summary>GETs that return status and parsed body together, so assertions can show the body on failure.</summary>
internal static class ApiClient
{
    public static async Task<(HttpStatusCode Status, string Body, JsonElement Json)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        var json = body.Length > 0 && response.Content.Headers.ContentType?.MediaType == "application/json"
            ? JsonDocument.Parse(body).RootElement.Clone()
            : default;
        return (response.StatusCode, body, json);
    }

    public static string Encode(string value) => Uri.EscapeDataString(value);
}
