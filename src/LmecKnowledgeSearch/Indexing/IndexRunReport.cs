namespace LmecKnowledgeSearch.Indexing;

/// <summary>A file that could not be indexed, with the reason a user can act on.</summary>
public sealed record FileFailure(string Path, string Reason);

/// <summary>What one `lmec index` run did. A public interface (lmec index --json): keep the shape.</summary>
public sealed record IndexRunReport(
    int Indexed,
    int Unchanged,
    int Deleted,
    IReadOnlyList<FileFailure> Failed,
    int Units,
    long ElapsedMs);

/// <summary>Progress of a run: files done of the files found, and the units written so far.</summary>
public readonly record struct IndexProgress(int Done, int Total, string Current, int Units = 0);
