using LmecKnowledgeSearch.Indexing;

namespace LmecKnowledgeSearch.Scheduling;

/// <summary>
/// The single writer of one index inside a process. A re-index asked for explicitly (<see cref="RunNowAsync"/>, e.g.
/// POST /api/index) while another is running is refused with <see cref="LmecErrorKind.IndexBusy"/>, so the caller
/// learns at once; background triggers (<see cref="RequestAsync"/>: file watcher, schedule) are never lost: they are
/// coalesced into one follow-up run after the current one. Other processes are kept out by the index's write lock.
/// </summary>
public sealed class ReindexCoordinator
{
    public const string BusyMessage = "the index is being updated; try again when it has finished";

    private readonly Func<CancellationToken, Task<IndexRunReport>> reindex;
    private readonly Lock stateLock = new();
    private bool running;
    private bool pending;
    private IndexRunReport? lastReport;
    private string? lastError;

    public ReindexCoordinator(Func<CancellationToken, Task<IndexRunReport>> reindex)
    {
        ArgumentNullException.ThrowIfNull(reindex);
        this.reindex = reindex;
    }

    /// <summary>Raised after each completed run (from the thread that ran it).</summary>
    public event Action<IndexRunReport>? Completed;

    /// <summary>Raised when a background run fails, so hosts can log it (a failed run keeps the last commit).</summary>
    public event Action<Exception>? Failed;

    public bool IsRunning
    {
        get
        {
            lock (stateLock)
            {
                return running;
            }
        }
    }

    public IndexRunReport? LastReport
    {
        get
        {
            lock (stateLock)
            {
                return lastReport;
            }
        }
    }

    /// <summary>The message of the last failed background run, cleared by the next successful one.</summary>
    public string? LastError
    {
        get
        {
            lock (stateLock)
            {
                return lastError;
            }
        }
    }

    /// <summary>Re-indexes now, or throws <see cref="LmecException"/> (IndexBusy) when a run is in progress.</summary>
    public async Task<IndexRunReport> RunNowAsync(CancellationToken cancellationToken = default)
    {
        lock (stateLock)
        {
            if (running)
            {
                throw new LmecException(LmecErrorKind.IndexBusy, BusyMessage);
            }

            running = true;
        }

        try
        {
            var report = await RunOnceAsync(cancellationToken).ConfigureAwait(false);
            await DrainPendingAsync(cancellationToken).ConfigureAwait(false);
            return report;
        }
        finally
        {
            lock (stateLock)
            {
                running = false;
            }
        }
    }

    /// <summary>
    /// Asks for a re-index from a background trigger: runs it now, or, when one is in progress, marks one follow-up
    /// run and returns at once. Failures are reported through <see cref="Failed"/>, not thrown.
    /// </summary>
    public async Task RequestAsync(CancellationToken cancellationToken = default)
    {
        lock (stateLock)
        {
            if (running)
            {
                pending = true;
                return;
            }

            running = true;
            pending = true;
        }

        try
        {
            await DrainPendingAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (stateLock)
            {
                running = false;
            }
        }
    }

    private async Task DrainPendingAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            lock (stateLock)
            {
                if (!pending)
                {
                    return;
                }

                pending = false;
            }

            try
            {
                await RunOnceAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A background run has no caller to throw to: record it and tell the host.
                lock (stateLock)
                {
                    lastError = e.Message;
                }

                Failed?.Invoke(e);
            }
        }
    }

    private async Task<IndexRunReport> RunOnceAsync(CancellationToken cancellationToken)
    {
        var report = await reindex(cancellationToken).ConfigureAwait(false);
        lock (stateLock)
        {
            lastReport = report;
            lastError = null;
        }

        Completed?.Invoke(report);
        return report;
    }
}
