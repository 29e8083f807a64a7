using System.Security.Cryptography;
using System.Text;
using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Scheduling;
using LmecKnowledgeSearch.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace LmecKnowledgeSearch.Web.Api;

/// <summary>
/// POST /api/index: re-index the corpus folders now and return the run's summary. Disabled (403) unless the server
/// has an API key; 401 without the right X-Api-Key; 409 while another run is in progress.
/// </summary>
public static class IndexApi
{
    public const string KeyHeader = "X-Api-Key";

    public static void Map(IEndpointRouteBuilder app, LmecServices services)
    {
        var stopping = app.ServiceProvider.GetService(typeof(IHostApplicationLifetime)) is IHostApplicationLifetime lifetime
            ? lifetime.ApplicationStopping
            : CancellationToken.None;
        app.MapPost("/api/index", (HttpRequest request) => ReindexAsync(request, services, stopping))
            .WithName("reindex")
            .WithSummary("Re-index the corpus folders now (needs the X-Api-Key header)");
    }

    public static async Task<Results<Ok<IndexRunReport>, UnauthorizedHttpResult, JsonHttpResult<ApiError>, Conflict<ApiError>>> ReindexAsync(
        HttpRequest request, LmecServices services, CancellationToken stopping)
    {
        if (services.Options.ApiKey is not { Length: > 0 } expected)
        {
            return TypedResults.Json(
                new ApiError("re-indexing over HTTP is disabled: start the server with --api-key or LMEC_API_KEY"),
                ApiJson.Options,
                statusCode: StatusCodes.Status403Forbidden);
        }

        var sent = request.Headers[KeyHeader].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(expected)))
        {
            return TypedResults.Unauthorized();
        }

        try
        {
            // The run is not tied to the request: a client that gives up must not roll back a nearly finished run.
            return TypedResults.Ok(await services.Writer.RunNowAsync(stopping));
        }
        catch (LmecException e) when (e.Kind == LmecErrorKind.IndexBusy)
        {
            return TypedResults.Conflict(new ApiError(ReindexCoordinator.BusyMessage));
        }
    }
}
