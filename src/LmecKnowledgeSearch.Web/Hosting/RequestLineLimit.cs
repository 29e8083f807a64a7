using System.Text.Json;
using LmecKnowledgeSearch.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace LmecKnowledgeSearch.Web.Hosting;

/// <summary>
/// Kestrel refuses a request line over its limit with a bare 414 before any middleware runs. Kestrel's limit is set
/// to <see cref="LmecWebApp.KestrelRequestLineBytes"/>, half again <see cref="LmecWebApp.MaxRequestLineBytes"/>, and this check answers lines between the two with the API's
/// JSON error, so clients get the same kind of answer for every bad request short of the absurd.
/// </summary>
internal static class RequestLineLimit
{
    public static void Use(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty;
        if (target.Length > LmecWebApp.MaxRequestLineBytes)
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            context.Response.ContentType = "application/json; charset=utf-8";
            await WriteJsonAsync(context.Response, JsonSerializer.Serialize(
                new ApiError($"the request line is {target.Length:N0} bytes, over the {LmecWebApp.MaxRequestLineBytes:N0}-byte limit; send a shorter query"),
                ApiJson.Options));
            return;
        }

        await next(context);
    });

    private static async Task WriteJsonAsync(HttpResponse response, string json)
    {
        // A known length, so even a client reading until the connection closes gets a plain body.
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes);
    }
}
