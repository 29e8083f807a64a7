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

    /// <summary>
    /// Text one file may yield. Enrichment (entities, themes, case studies) runs over the whole text and cannot stop
    /// midway; ten million characters is a few thousand pages, far beyond any report of the archive, and keeps one
    /// file's work within minutes and a few hundred MB.
    /// </summary>
    public const long MaxDocumentChars = 10_000_000;

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
        // Reading and enrichment both watch the file's token, so a file given up on stops working instead of running
        // on behind the run.
        var work = Task.Run(() => ReadAndBuildAsync(path, source, timeout.Token), timeout.Token);
        try
        {
            return await work.WaitAsync(PerFileTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return DocumentOutcome.Failed(TimedOut());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DocumentOutcome.Failed(TimedOut());
        }
        catch (Exception e) when (e is InsufficientExecutionStackException or OutOfMemoryException)
        {
            return DocumentOutcome.Failed($"tooexpensive: reading it needs more {(e is OutOfMemoryException ? "memory" : "nesting")} than a document may take ({e.GetType().Name})");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return DocumentOutcome.Failed($"corrupt: unexpected error ({e.GetType().Name}): {e.Message}");
        }
        finally
        {
            // The wait can give up a moment before the token's own timer fires; disposing the source then would leave
            // the abandoned read spinning for ever. Cancel it first.
            if (!work.IsCompleted)
            {
                await timeout.CancelAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<DocumentOutcome> ReadAndBuildAsync(string path, string source, CancellationToken cancellationToken)
    {
        var read = await readers.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        if (read is ReadResult.Failure failure)
        {
            return DocumentOutcome.Failed($"{failure.Kind.ToString().ToLowerInvariant()}: {failure.Reason}");
        }

        var document = ((ReadResult.Success)read).Document;
        var chars = document.Blocks.Sum(b => (long)b.Text.Length);
        if (chars > MaxDocumentChars)
        {
            return DocumentOutcome.Failed($"toolarge: {chars:N0} characters of text, over the {MaxDocumentChars:N0}-character limit of one document");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var units = unitBuilder.Build(source, document);
        cancellationToken.ThrowIfCancellationRequested();
        return new DocumentOutcome(units, null);
    }

    private string TimedOut() => $"timeout: gave up after {PerFileTimeout.TotalSeconds:0.#} s";
}
