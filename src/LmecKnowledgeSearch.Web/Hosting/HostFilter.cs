using System.Text.Json;
using LmecKnowledgeSearch.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LmecKnowledgeSearch.Web.Hosting;

/// <summary>
/// Answers only requests addressed to this machine by a loopback name. A page elsewhere can point a host name it owns
/// at 127.0.0.1 (DNS rebinding) and so reach a local server from the user's own browser; the Host header it sends
/// still names the attacker's domain, and is refused here. <see cref="LmecWebOptions.AllowRemote"/> lifts the check for
/// a server meant to be reached from other machines.
/// </summary>
internal static class HostFilter
{
    public static IReadOnlyList<string> LoopbackHosts { get; } = ["localhost", "127.0.0.1", "[::1]"];

    public static void Use(IApplicationBuilder app, LmecWebOptions options)
    {
        if (options.AllowRemote)
        {
            return;
        }

        app.Use(async (context, next) =>
        {
            var host = context.Request.Host.Host;
            if (!LoopbackHosts.Contains(host, StringComparer.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "application/json; charset=utf-8";
                var shown = host.Length > 80 ? host[..80] + "…" : host;
                await WriteJsonAsync(context.Response, JsonSerializer.Serialize(
                    new ApiError($"host '{shown}' is not served: only {string.Join(", ", LoopbackHosts)} (start lmec serve with --allow-remote to serve other names)"),
                    ApiJson.Options));
                return;
            }

            await next(context);
        });
    }

    private static async Task WriteJsonAsync(HttpResponse response, string json)
    {
        // A known length, so even a client reading until the connection closes gets a plain body.
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes);
    }
}
