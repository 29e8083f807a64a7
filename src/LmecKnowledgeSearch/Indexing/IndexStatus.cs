namespace LmecKnowledgeSearch.Indexing;

/// <summary>
/// What the index holds and how its last run went (lmec status, GET /api/status); <see cref="LastFailure"/> is a later run
/// that failed as a whole and committed nothing (null when the last run succeeded).
/// </summary>
public sealed record IndexStatus(string IndexPath, int Units, int Documents, DateTimeOffset? LastRun, IndexRunReport? LastRunReport, FailedRun? LastFailure = null);
