using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace LmecKnowledgeSearch.Web.Api;

/// <summary>The index (null until a first run has committed) and how the server keeps it fresh.</summary>
public sealed record ServiceStatus(
    IndexStatus? Index,
    bool Updating,
    bool Watching,
    string? Schedule,
    DateTimeOffset? NextScheduledRun,
    string? LastError);

/// <summary>GET /api/status: index size, last run and its failures, and whether a re-index is under way.</summary>
public static class StatusApi
{
    public static void Map(IEndpointRouteBuilder app, LmecServices services)
    {
        app.MapGet("/api/status", () => Status(services))
            .WithName("status")
            .WithSummary("Index size, last run (with failed files), re-index state");
    }

    public static Ok<ServiceStatus> Status(LmecServices services)
    {
        IndexStatus? index;
        try
        {
            index = services.Knowledge.Status();
        }
        catch (LmecException e) when (e.Kind == LmecErrorKind.IndexMissing)
        {
            index = null;
        }

        var options = services.Options;
        return TypedResults.Ok(new ServiceStatus(
            index is null ? null : WithoutAbsolutePaths(index, options.IndexPath),
            services.Writer.IsRunning,
            options.Watch,
            options.Schedule,
            services.Scheduler?.NextRun,
            services.Writer.LastError is { } error ? FailureReasons.WithoutAbsolutePaths(error) : null));
    }

    /// <summary>
    /// The status as anyone who reaches the API may see it: the index folder as it was configured when relative
    /// (".lmec/index"), else by its name alone, and no absolute path in any reason.
    /// </summary>
    private static IndexStatus WithoutAbsolutePaths(IndexStatus index, string configuredPath) => index with
    {
        IndexPath = Path.IsPathRooted(configuredPath) ? Path.GetFileName(Path.TrimEndingDirectorySeparator(configuredPath)) : configuredPath,
        LastFailure = index.LastFailure is { } failure ? failure with { Reason = FailureReasons.WithoutAbsolutePaths(failure.Reason) } : null,
        LastRunReport = index.LastRunReport is { } report
            ? report with { Failed = report.Failed.Select(f => f with { Reason = FailureReasons.WithoutAbsolutePaths(f.Reason) }).ToList() }
            : null,
    };
}
