namespace LmecKnowledgeSearch.Web;

/// <summary>How one web host is set up: which index, which corpus folders, who may re-index, how it stays fresh.</summary>
public sealed record LmecWebOptions
{
    public required string IndexPath { get; init; }

    /// <summary>Folders re-indexed by POST /api/index, the watcher and the schedule.</summary>
    public IReadOnlyList<string> Corpus { get; init; } = ["corpus"];

    /// <summary>The key POST /api/index must carry in X-Api-Key; null or empty disables re-indexing over HTTP.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Re-index when files in the corpus folders change.</summary>
    public bool Watch { get; init; }

    /// <summary>A five-field cron expression ("0 2 * * *") to re-index on, or null.</summary>
    public string? Schedule { get; init; }

    /// <summary>Quiet time after the last file-system event before the watcher re-indexes.</summary>
    public TimeSpan WatchDebounce { get; init; } = TimeSpan.FromSeconds(2);

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Answer requests for any host name; by default only loopback names (localhost, 127.0.0.1, [::1]) are served.</summary>
    public bool AllowRemote { get; init; }
    /// <summary>
    /// Log a line per request (ASP.NET Core's hosting and routing information). Off by default: at a few hundred
    /// queries a second the console, not the search, would set the pace.
    /// </summary>
    public bool LogRequests { get; init; }

    /// <summary>Open the index and load the query models in the background as the server starts (`lmec serve`).</summary>
    public bool WarmUp { get; init; }
}
