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
            await ApiErrorHandler.WriteAsync(
                context.Response,
                StatusCodes.Status414UriTooLong,
                $"the request line is {target.Length:N0} bytes, over the {LmecWebApp.MaxRequestLineBytes:N0}-byte limit; send a shorter query");
            return;
        }

        await next(context);
    });
}
