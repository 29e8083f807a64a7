namespace LmecKnowledgeSearch.Search.Glossary;

/// <summary>
/// Where the glossary comes from: a file or folder the host names (its --glossary option or <c>LMEC_GLOSSARY</c>), else
/// the glossary embedded in the assembly. Expansion happens at query time, so when the file or folder changes the next call to
/// <see cref="Current"/> reads it again and the edited glossary takes effect without re-indexing or restarting.
/// Thread-safe: readers see one immutable snapshot; a reload is done by one thread at a time.
/// </summary>
public sealed class GlossarySource
{

    private readonly object reloadLock = new();
    private readonly ExpansionWeights? weights;
    private volatile Snapshot snapshot;

    /// <summary>A source reading <paramref name="path"/> (a .tsv file or a folder of them); null means the embedded glossary.</summary>
    public GlossarySource(string? path = null, ExpansionWeights? weights = null)
    {
        Path = string.IsNullOrWhiteSpace(path) ? null : System.IO.Path.GetFullPath(path);
        this.weights = weights;
        snapshot = Path is null ? Create(Glossary.LoadDefault(), default) : Load(Path);
    }

    /// <summary>The override file or folder, or null when the embedded glossary is used.</summary>
    public string? Path { get; }

    /// <summary>Why the last attempt to re-read a changed override failed (the previous glossary stays in use), or null.</summary>
    public string? LastReloadError { get; private set; }

    /// <summary>The glossary as it is now on disk (or the embedded one).</summary>
    public Glossary Current => Fresh().Glossary;

    /// <summary>A recognizer over <see cref="Current"/>, built once per version of the glossary.</summary>
    public QueryConceptRecognizer Recognizer => Fresh().Recognizer;

    private Snapshot Fresh()
    {
        var current = snapshot;
        if (Path is null)
        {
            return current;
        }

        var stamp = Stamp(Path);
        if (stamp == current.Stamp)
        {
            return current;
        }

        lock (reloadLock)
        {
            current = snapshot;
            if (stamp == current.Stamp)
            {
                return current;
            }

            try
            {
                snapshot = Load(Path);
                LastReloadError = null;
            }
            catch (IOException ex)
            {
                // A file being saved or briefly removed by an editor: keep answering with the last good glossary, and say why.
                LastReloadError = $"{Path}: {ex.Message}";
                snapshot = current with { Stamp = stamp };
            }
            catch (UnauthorizedAccessException ex)
            {
                LastReloadError = $"{Path}: {ex.Message}";
                snapshot = current with { Stamp = stamp };
            }

            return snapshot;
        }
    }

    private Snapshot Load(string path)
    {
        // Stamp before reading: a change made during the read is then seen at the next call.
        var stamp = Stamp(path);
        return Create(Glossary.LoadFile(path), stamp);
    }

    private Snapshot Create(Glossary glossary, FileStamp stamp) => new(glossary, new QueryConceptRecognizer(glossary, weights), stamp);

    private static FileStamp Stamp(string path)
    {
        if (File.Exists(path))
        {
            var info = new FileInfo(path);
            return new FileStamp(info.LastWriteTimeUtc.Ticks, info.Length, 1);
        }

        if (Directory.Exists(path))
        {
            long newest = 0, length = 0;
            var count = 0;
            foreach (var info in new DirectoryInfo(path).EnumerateFiles("*.tsv"))
            {
                newest = Math.Max(newest, info.LastWriteTimeUtc.Ticks);
                length += info.Length;
                count++;
            }

            return new FileStamp(newest, length, count);
        }

        return new FileStamp(-1, -1, 0);
    }

    private readonly record struct FileStamp(long NewestWriteTicks, long TotalLength, int FileCount);

    private sealed record Snapshot(Glossary Glossary, QueryConceptRecognizer Recognizer, FileStamp Stamp);
}
