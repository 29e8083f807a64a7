using System.Text.Json;

namespace LmecKnowledgeSearch.Indexing;

/// <summary>An indexing run that failed as a whole (disk full, folder not writable…) and committed nothing.</summary>
public sealed record FailedRun(DateTimeOffset At, string Reason);

/// <summary>
/// Keeps the last failed run beside the index, so `lmec status` and GET /api/status report it: a failed run commits
/// nothing, so the commit data cannot hold it. Written best effort (the disk may be full, the folder read-only); the
/// next successful run removes it.
/// </summary>
public static class FailedRunRecord
{
    public const string FileName = "lmec-failed-run.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Write(string indexPath, FailedRun run)
    {
        ArgumentNullException.ThrowIfNull(indexPath);
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            if (Directory.Exists(indexPath))
            {
                File.WriteAllText(Path.Combine(indexPath, FileName), JsonSerializer.Serialize(run, Json));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Where nothing can be written, the error message of the run itself is all the user gets.
        }
    }

    public static FailedRun? Read(string indexPath)
    {
        ArgumentNullException.ThrowIfNull(indexPath);
        try
        {
            var path = Path.Combine(indexPath, FileName);
            return File.Exists(path) ? JsonSerializer.Deserialize<FailedRun>(File.ReadAllText(path), Json) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    public static void Clear(string indexPath)
    {
        ArgumentNullException.ThrowIfNull(indexPath);
        try
        {
            File.Delete(Path.Combine(indexPath, FileName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stale record is replaced by the next failure or removed by the next success.
        }
    }
}
