namespace LmecKnowledgeSearch.Indexing;

/// <summary>What the index holds and how its last run went (lmec status, GET /api/status).</summary>
public sealed record IndexStatus(string IndexPath, int Units, int Documents, DateTimeOffset? LastRun, IndexRunReport? LastRunReport);
