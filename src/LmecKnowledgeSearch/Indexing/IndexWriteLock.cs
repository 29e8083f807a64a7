using System.Diagnostics;
using System.Globalization;

namespace LmecKnowledgeSearch.Indexing;

/// <summary>
/// One writer per index across processes. Lucene's own write.lock refuses a second IndexWriter, but only once the
/// second process has opened the folder and started on Lucene files, and it cannot say who holds it. This lock is
/// taken before anything in the folder is touched: an exclusive handle on <see cref="LockFileName"/> (flock on Unix,
/// released by the OS when the holder dies, so a killed indexer never leaves a stale lock) and an owner note with
/// the holder's PID and start time for the message the second indexer prints.
/// </summary>
public sealed class IndexWriteLock : IDisposable
{
    public const string LockFileName = "lmec-writer.lock";
    public const string OwnerFileName = "lmec-writer.owner";

    private readonly FileStream handle;
    private readonly string ownerPath;

    private IndexWriteLock(FileStream handle, string ownerPath)
    {
        this.handle = handle;
        this.ownerPath = ownerPath;
    }

    /// <summary>Takes the lock of the (existing) index folder, or throws <see cref="LmecErrorKind.IndexBusy"/> naming the holder.</summary>
    public static IndexWriteLock Acquire(string indexPath, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(indexPath);
        ArgumentNullException.ThrowIfNull(clock);
        var lockPath = Path.Combine(indexPath, LockFileName);
        var ownerPath = Path.Combine(indexPath, OwnerFileName);
        FileStream handle;
        try
        {
            handle = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        }
        catch (IOException e) when (e is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException) && !IndexWriteErrors.IsDiskFull(e) && !IndexWriteErrors.IsReadOnlyFileSystem(e))
        {
            throw Busy(ReadOwner(ownerPath), e);
        }

        try
        {
            File.WriteAllText(ownerPath, string.Create(
                CultureInfo.InvariantCulture,
                $"{Environment.ProcessId}\t{clock.GetUtcNow():O}\n"));
        }
        catch
        {
            handle.Dispose();
            throw;
        }

        return new IndexWriteLock(handle, ownerPath);
    }

    /// <summary>The message a second writer gets when Lucene's write.lock is held but ours is not (a writer of another program).</summary>
    public static LmecException Busy(Exception? inner = null) => Busy(null, inner);

    public void Dispose()
    {
        try
        {
            File.Delete(ownerPath);
        }
        catch (IOException)
        {
            // The owner note is advice for messages; a stale one names a process that no longer holds the lock.
        }
        catch (UnauthorizedAccessException)
        {
        }

        handle.Dispose();
    }

    private static LmecException Busy((int Pid, DateTimeOffset Since)? owner, Exception? inner)
    {
        var who = owner is { } o
            ? string.Create(CultureInfo.InvariantCulture, $"index busy (PID {o.Pid}, since {o.Since.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC)")
            : "index busy";
        return new LmecException(LmecErrorKind.IndexBusy, $"{who}: the index is being updated by another process; try again when it has finished", inner);
    }

    private static (int Pid, DateTimeOffset Since)? ReadOwner(string ownerPath)
    {
        try
        {
            // The holder may be writing the note right now: an unreadable note just leaves the PID out.
            using var stream = new FileStream(ownerPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            var parts = (reader.ReadLine() ?? string.Empty).Split('\t');
            return parts.Length == 2
                && int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
                && DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var since)
                ? (pid, since)
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
