namespace LmecKnowledgeSearch.Ingestion;

/// <summary>Reads one file format into text plus structure. Implementations never throw for bad input: they return <see cref="ReadResult.Failure"/>.</summary>
public interface IDocumentReader
{
    /// <summary>File extensions handled, lower case with the dot (".pdf").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    Task<ReadResult> ReadAsync(string path, CancellationToken cancellationToken = default);
}
