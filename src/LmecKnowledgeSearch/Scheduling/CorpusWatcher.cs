namespace LmecKnowledgeSearch.Scheduling;

/// <summary>
/// Watches corpus folders and asks for a re-index once changes have settled (debounced), so copying a batch of
/// files triggers one run. Changes inside the index folder or to hidden files and folders are ignored.
/// </summary>
public sealed class CorpusWatcher : IDisposable
{
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromSeconds(2);

    private readonly string indexPath;
    private readonly Func<Task> onChanged;
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly ITimer debounceTimer;
    private readonly TimeSpan debounce;
    private readonly Lock timerLock = new();
    private bool disposed;

    public CorpusWatcher(IReadOnlyList<string> roots, string indexPath, Func<Task> onChanged, TimeProvider clock, TimeSpan? debounce = null)
    {
        ArgumentNullException.ThrowIfNull(roots);
        ArgumentNullException.ThrowIfNull(indexPath);
        ArgumentNullException.ThrowIfNull(onChanged);
        ArgumentNullException.ThrowIfNull(clock);
        this.indexPath = Path.GetFullPath(indexPath).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        this.onChanged = onChanged;
        this.debounce = debounce ?? DefaultDebounce;
        debounceTimer = clock.CreateTimer(_ => _ = FireAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        foreach (var root in roots.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            if (!Directory.Exists(root))
            {
                throw new LmecException(LmecErrorKind.InvalidInput, $"folder not found: {root}");
            }

            var watcher = new FileSystemWatcher(root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            var rootForEvents = root;
            watcher.Created += (_, e) => OnEvent(rootForEvents, e.FullPath);
            watcher.Changed += (_, e) => OnEvent(rootForEvents, e.FullPath);
            watcher.Deleted += (_, e) => OnEvent(rootForEvents, e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                OnEvent(rootForEvents, e.OldFullPath);
                OnEvent(rootForEvents, e.FullPath);
            };
            // An overflow means events were lost: re-index to be safe.
            watcher.Error += (_, _) => Arm();
            watchers.Add(watcher);
        }
    }

    /// <summary>Raised when the change callback fails (the watcher keeps watching).</summary>
    public event Action<Exception>? Failed;

    public void Start()
    {
        foreach (var watcher in watchers)
        {
            watcher.EnableRaisingEvents = true;
        }
    }

    /// <summary>Whether a change to this path should trigger a re-index.</summary>
    public bool IsRelevant(string root, string fullPath)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(fullPath);
        var full = Path.GetFullPath(fullPath);
        if (full.StartsWith(indexPath, StringComparison.Ordinal) || full + Path.DirectorySeparatorChar == indexPath)
        {
            return false;
        }

        return !Path.GetRelativePath(root, full).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
    }

    public void Dispose()
    {
        lock (timerLock)
        {
            disposed = true;
        }

        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }

        debounceTimer.Dispose();
    }

    private void OnEvent(string root, string fullPath)
    {
        if (IsRelevant(root, fullPath))
        {
            Arm();
        }
    }

    private void Arm()
    {
        lock (timerLock)
        {
            if (!disposed)
            {
                debounceTimer.Change(debounce, Timeout.InfiniteTimeSpan);
            }
        }
    }

    private async Task FireAsync()
    {
        try
        {
            await onChanged().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Timer callbacks have no caller: hand the failure to the host instead of losing it.
            Failed?.Invoke(e);
        }
    }
}
