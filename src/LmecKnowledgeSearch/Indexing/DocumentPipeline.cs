using LmecKnowledgeSearch.Enrichment;
using LmecKnowledgeSearch.Ingestion;

namespace LmecKnowledgeSearch.Indexing;

/// <summary>What reading and enriching one file produced: its units, or the reason a user can act on.</summary>
public sealed record DocumentOutcome(IReadOnlyList<IndexUnit>? Units, string? FailureReason)
{
    public static DocumentOutcome Failed(string reason) => new(null, reason);
}

/// <summary>
/// Read → enrich for one file: the reader chosen by extension runs with a time limit (readers run third-party parsers,
/// and a hang or crash on one file must not stop a run), then the unit builder turns the document into its units.
/// Thread-safe, so the indexer runs several files at once; walking, change detection and commits stay with
/// <see cref="CorpusIndexer"/>.
/// </summary>
public sealed class DocumentPipeline
{
    private readonly DocumentReaderRegistry readers;
    private readonly DocumentUnitBuilder unitBuilder;

    public DocumentPipeline(DocumentReaderRegistry readers, DocumentUnitBuilder unitBuilder, TimeSpan? perFileTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(readers);
        ArgumentNullException.ThrowIfNull(unitBuilder);
        this.readers = readers;
        this.unitBuilder = unitBuilder;
        PerFileTimeout = perFileTimeout ?? TimeSpan.FromMinutes(2);
    }

    public TimeSpan PerFileTimeout { get; }

    /// <summary>Whether a reader handles this file's format.</summary>
    public bool Supports(string path) => readers.Supports(path);

    /// <param name="path">The file on disk.</param>
    /// <param name="source">Its corpus-relative path, which names its units.</param>
    /// <param name="cancellationToken">Cancels the run (a per-file timeout is a failure of that file, not a cancellation).</param>
    public async Task<DocumentOutcome> ProcessAsync(string path, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(source);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PerFileTimeout);
        try
        {
            var read = await Task.Run(() => readers.ReadAsync(path, timeout.Token), timeout.Token)
                .WaitAsync(PerFileTimeout, cancellationToken)
                .ConfigureAwait(false);
            if (read is ReadResult.Failure failure)
            {
                return DocumentOutcome.Failed($"{failure.Kind.ToString().ToLowerInvariant()}: {failure.Reason}");
            }

            return new DocumentOutcome(unitBuilder.Build(source, ((ReadResult.Success)read).Document), null);
        }
        catch (TimeoutException)
        {
            return DocumentOutcome.Failed(TimedOut());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DocumentOutcome.Failed(TimedOut());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return DocumentOutcome.Failed($"unexpected error ({e.GetType().Name}): {e.Message}");
        }
    }

    private string TimedOut() => $"timed out after {PerFileTimeout.TotalSeconds:0} s";
}
