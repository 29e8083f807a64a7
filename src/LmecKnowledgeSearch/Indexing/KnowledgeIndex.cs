using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace LmecKnowledgeSearch.Indexing;

/// <summary>
/// An index on disk opened for reading. Searches go through a <see cref="SearcherLease"/> from a SearcherManager,
/// so a re-index that commits meanwhile never disturbs a running query; <see cref="Refresh"/> picks up new commits.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    private readonly Directory directory;
    private readonly SearcherManager searcherManager;

    private KnowledgeIndex(string path, Directory directory)
    {
        Path = path;
        this.directory = directory;
        searcherManager = new SearcherManager(directory, new Bm25SearcherFactory());
    }

    public string Path { get; }

    /// <summary>Opens the index at <paramref name="path"/>; a missing or empty index is a clear <see cref="LmecException"/>.</summary>
    public static KnowledgeIndex Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!System.IO.Directory.Exists(fullPath))
        {
            throw new LmecException(LmecErrorKind.IndexMissing, $"no index at {fullPath}: run `lmec index` first");
        }

        var directory = FSDirectory.Open(fullPath);
        if (!DirectoryReader.IndexExists(directory))
        {
            directory.Dispose();
            var failed = FailedRunRecord.Read(fullPath) is { } run ? $" (the last run, at {run.At.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, failed: {run.Reason})" : string.Empty;
            throw new LmecException(LmecErrorKind.IndexMissing, $"no index at {fullPath}: run `lmec index` first{failed}");
        }

        return new KnowledgeIndex(fullPath, directory);
    }

    public SearcherLease Acquire() => new(searcherManager);

    /// <summary>Size of the index and the report its last indexing run committed.</summary>
    public IndexStatus Status()
    {
        using var lease = Acquire();
        var reader = lease.Searcher.IndexReader;
        var documents = lease.Searcher.Search(new TermQuery(new Term(IndexSchema.KindFacet, UnitKinds.Document)), 1).TotalHits;
        var userData = reader is DirectoryReader directoryReader ? directoryReader.IndexCommit.UserData : new Dictionary<string, string>();
        DateTimeOffset? lastRun = userData.TryGetValue(CommitKeys.LastRun, out var run)
            && DateTimeOffset.TryParse(run, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var parsed)
            ? parsed
            : null;
        var report = userData.TryGetValue(CommitKeys.Report, out var json)
            ? System.Text.Json.JsonSerializer.Deserialize<IndexRunReport>(json, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))
            : null;
        var failed = FailedRunRecord.Read(Path);
        return new IndexStatus(Path, reader.NumDocs, documents, lastRun, report, failed is not null && (lastRun is null || failed.At >= lastRun) ? failed : null);
    }

    /// <summary>Makes later searches see the latest commit.</summary>
    public void Refresh() => searcherManager.MaybeRefreshBlocking();

    public void Dispose()
    {
        searcherManager.Dispose();
        directory.Dispose();
    }
}

/// <summary>A searcher held for the length of one query; disposing returns it to the manager.</summary>
public sealed class SearcherLease : IDisposable
{
    private readonly SearcherManager manager;
    private IndexSearcher? searcher;

    internal SearcherLease(SearcherManager manager)
    {
        this.manager = manager;
        searcher = manager.Acquire();
    }

    public IndexSearcher Searcher => searcher ?? throw new ObjectDisposedException(nameof(SearcherLease));

    public void Dispose()
    {
        if (searcher is not null)
        {
            manager.Release(searcher);
            searcher = null;
        }
    }
}

/// <summary>Gives every searcher the similarity the index was written with.</summary>
internal sealed class Bm25SearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = IndexSchema.CreateSimilarity() };
}
