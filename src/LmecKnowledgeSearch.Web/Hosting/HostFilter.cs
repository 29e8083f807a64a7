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
                var shown = host.Length > 80 ? host[..80] + "…" : host;
                await ApiErrorHandler.WriteAsync(
                    context.Response,
                    StatusCodes.Status400BadRequest,
                    $"host '{shown}' is not served: only {string.Join(", ", LoopbackHosts)} (start lmec serve with --allow-remote to serve other names)");
                return;
            }

            await next(context);
        });
    }
}
