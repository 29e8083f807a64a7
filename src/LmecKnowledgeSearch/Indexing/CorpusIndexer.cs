using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using LmecKnowledgeSearch.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace LmecKnowledgeSearch.Indexing;

/// <summary>
/// Brings the index in line with folders of documents: new and changed files (by content hash) are (re)indexed,
/// unchanged ones skipped, deleted ones removed; one commit at the end, so a failed or killed run leaves the
/// previous commit as it was. A file that cannot be read is reported and keeps whatever version was indexed before.
/// </summary>
public sealed class CorpusIndexer
{
    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web);

    /// <summary>The build that made the units: a new build re-enriches every document on its first run.</summary>
    private static readonly string PipelineVersion = typeof(CorpusIndexer).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly DocumentPipeline pipeline;
    private readonly ISegmenter segmenter;
    private readonly TimeProvider clock;
    private readonly Func<string, Lucene.Net.Store.Directory> openDirectory;

    /// <param name="pipeline">Reads and enriches one file into its units.</param>
    /// <param name="segmenter">The segmenter the index's analyzer uses.</param>
    /// <param name="clock">The time each run is stamped with.</param>
    /// <param name="openDirectory">Opens the index folder (tests stand in a directory that fails like a full disk).</param>
    public CorpusIndexer(
        DocumentPipeline pipeline,
        ISegmenter segmenter,
        TimeProvider clock,
        Func<string, Lucene.Net.Store.Directory>? openDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(clock);
        this.pipeline = pipeline;
        this.segmenter = segmenter;
        this.clock = clock;
        this.openDirectory = openDirectory ?? (path => FSDirectory.Open(path));
    }

    /// <param name="exclude">
    /// File name or corpus-relative path patterns (`*` and `?`) to leave out, e.g. `PROVENANCE.md` or `drafts/*`;
    /// excluded files indexed before are removed.
    /// </param>
    public async Task<IndexRunReport> IndexAsync(
        string indexPath,
        IReadOnlyList<string> roots,
        IProgress<IndexProgress>? progress = null,
        CancellationToken cancellationToken = default,
        IReadOnlyList<string>? exclude = null)
    {
        ArgumentNullException.ThrowIfNull(indexPath);
        ArgumentNullException.ThrowIfNull(roots);
        var stopwatch = Stopwatch.StartNew();
        var fullRoots = roots.Select(r => Path.GetFullPath(r)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var root in fullRoots.Where(r => !System.IO.Directory.Exists(r)))
        {
            throw new LmecException(LmecErrorKind.InvalidInput, $"folder not found: {root}");
        }

        var fullIndexPath = Path.GetFullPath(indexPath);
        try
        {
            System.IO.Directory.CreateDirectory(fullIndexPath);
        }
        catch (Exception e) when (IndexWriteErrors.Classify(e, fullIndexPath) is { } known)
        {
            throw known;
        }
        catch (IOException e)
        {
            // A part of the path is a file, or a special file system (/proc) refuses folders.
            throw new LmecException(LmecErrorKind.IndexNotWritable, $"cannot create the index folder {fullIndexPath}: {e.Message}", e);
        }

        // Nothing in the folder is touched before the lock is ours: a second indexer leaves the index as it was.
        IndexWriteLock writeLock;
        try
        {
            writeLock = IndexWriteLock.Acquire(fullIndexPath, clock);
        }
        catch (Exception e) when (e is not LmecException && IndexWriteErrors.Classify(e, fullIndexPath) is { } known)
        {
            throw known;
        }

        using (writeLock)
        {
            try
            {
                var report = await CommitRunAsync(fullIndexPath, fullRoots, exclude, progress, stopwatch, cancellationToken).ConfigureAwait(false);
                FailedRunRecord.Clear(fullIndexPath);
                return report;
            }
            catch (Exception e) when (e is not OperationCanceledException && !(e is LmecException { Kind: LmecErrorKind.IndexBusy }))
            {
                var known = IndexWriteErrors.Classify(e, fullIndexPath);
                FailedRunRecord.Write(fullIndexPath, new FailedRun(clock.GetUtcNow(), known?.Message ?? $"{e.GetType().Name}: {e.Message}"));
                if (known is not null && !ReferenceEquals(known, e))
                {
                    throw known;
                }

                throw;
            }
        }
    }

    private async Task<IndexRunReport> CommitRunAsync(
        string indexPath,
        IReadOnlyList<string> fullRoots,
        IReadOnlyList<string>? exclude,
        IProgress<IndexProgress>? progress,
        Stopwatch stopwatch,
        CancellationToken cancellationToken)
    {
        using var directory = openDirectory(indexPath);
        using var writer = OpenWriter(directory);
        try
        {
            var (run, primaryRoot) = await RunAsync(writer, fullRoots, exclude ?? [], progress, stopwatch, cancellationToken).ConfigureAwait(false);
            var report = run with { Units = LiveUnits(writer), ElapsedMs = stopwatch.ElapsedMilliseconds };
            writer.SetCommitData(new Dictionary<string, string>
            {
                [CommitKeys.LastRun] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                [CommitKeys.Report] = JsonSerializer.Serialize(report, ReportJson),
                [CommitKeys.Pipeline] = PipelineVersion,
                [CommitKeys.PrimaryRoot] = primaryRoot,
            });
            writer.Commit();
            return report;
        }
        catch
        {
            // Nothing of a failed run becomes visible: the last commit stays the index.
            try
            {
                writer.Rollback();
            }
            catch (Exception rollbackError) when (rollbackError is IOException or UnauthorizedAccessException)
            {
                // Rolling back on a full disk may fail too; the commit point on disk is untouched either way.
            }

            throw;
        }
    }

    private async Task<(IndexRunReport Report, string PrimaryRoot)> RunAsync(
        IndexWriter writer,
        IReadOnlyList<string> roots,
        IReadOnlyList<string> exclude,
        IProgress<IndexProgress>? progress,
        Stopwatch stopwatch,
        CancellationToken cancellationToken)
    {
        var indexed = IndexedDocuments(writer, out var indexedBy, out var primaryRoot);
        primaryRoot ??= roots.Count > 0 ? roots[0] : string.Empty;
        if (indexedBy != PipelineVersion)
        {
            // Another build enriched these documents: their units must be made again even where the files are unchanged.
            indexed = indexed.ToDictionary(entry => entry.Key, _ => string.Empty);
        }

        var files = roots
            .SelectMany(root => EnumerateDocuments(root).Select(path => new SourceFile(root, path, SourceOf(root, path))))
            .Where(file => !IsExcluded(file.Source, exclude))
            .ToList();
        var seen = new HashSet<(string Root, string Source)>(files.Select(f => (f.Root, f.Source)));
        var failures = new List<FileFailure>();
        int indexedCount = 0, unchangedCount = 0, done = 0, unitsWritten = 0;

        // Files are read in parallel but written in path order, batch by batch, so a fresh index has the same
        // document order on every run (ties in ranking break the same way) and memory stays bounded.
        var batchSize = Math.Max(4, Environment.ProcessorCount * 4);
        foreach (var batch in files.Chunk(batchSize))
        {
            var outcomes = new FileOutcome[batch.Length];
            await Parallel.ForEachAsync(
                Enumerable.Range(0, batch.Length),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                async (i, ct) => outcomes[i] = await PrepareFileAsync(batch[i], RootIds.PrefixOf(batch[i].Root, primaryRoot), indexed, ct).ConfigureAwait(false)).ConfigureAwait(false);

            for (var i = 0; i < batch.Length; i++)
            {
                var file = batch[i];
                var outcome = outcomes[i];
                if (outcome.FailureReason is { } reason)
                {
                    failures.Add(new FileFailure(file.Source, FailureReasons.WithoutPaths(reason, file.Path, file.Source, file.Root)));
                }
                else if (outcome.Documents is { } documents)
                {
                    writer.DeleteDocuments(UnitsOf(file.Root, file.Source));
                    try
                    {
                        writer.AddDocuments(documents);
                        unitsWritten += documents.Count;
                        indexedCount++;
                    }
                    catch (ArgumentException e)
                    {
                        // Lucene refuses a document it cannot index (a term over its limit that slipped past the
                        // analyzers) without harming the rest of the run: that file fails, the run goes on.
                        failures.Add(new FileFailure(file.Source, FailureReasons.WithoutPaths($"toolarge: {e.Message}", file.Path, file.Source, file.Root)));
                    }
                }
                else
                {
                    unchangedCount++;
                }

                progress?.Report(new IndexProgress(++done, files.Count, file.Source, unitsWritten));
            }
        }

        var deleted = 0;
        foreach (var (key, _) in indexed)
        {
            if (roots.Contains(key.Root, StringComparer.Ordinal) && !seen.Contains(key))
            {
                writer.DeleteDocuments(UnitsOf(key.Root, key.Source));
                deleted++;
            }
        }

        return (new IndexRunReport(
            indexedCount,
            unchangedCount,
            deleted,
            failures,
            0,
            stopwatch.ElapsedMilliseconds), primaryRoot);
    }

    private async Task<FileOutcome> PrepareFileAsync(
        SourceFile file,
        string idPrefix,
        IReadOnlyDictionary<(string Root, string Source), string> indexed,
        CancellationToken cancellationToken)
    {
        string hash;
        try
        {
            hash = await HashAsync(file.Path, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            return FileOutcome.Failed($"unreadable: could not read the file: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return FileOutcome.Failed($"unreadable: no permission to read the file: {e.Message}");
        }

        if (indexed.TryGetValue((file.Root, file.Source), out var previousHash) && previousHash == hash)
        {
            return FileOutcome.Unchanged;
        }

        var processed = await pipeline.ProcessAsync(file.Path, file.Source, cancellationToken).ConfigureAwait(false);
        if (processed.Units is not { } units)
        {
            return FileOutcome.Failed(processed.FailureReason!);
        }

        var documentSignature = SimHash.Compute(units[0].Text);
        return FileOutcome.Indexed(units
            .Select((unit, i) => UnitDocumentMapper.ToDocument(idPrefix.Length == 0 ? unit : unit with { Id = idPrefix + unit.Id }, file.Root, i == 0 ? hash : null, documentSignature))
            .ToList());
    }

    /// <summary>Every unit of one file of one indexed folder: what a re-indexed or deleted file replaces.</summary>
    private static BooleanQuery UnitsOf(string root, string source) => new()
    {
        { new TermQuery(new Term(IndexSchema.Source, source)), Occur.MUST },
        { new TermQuery(new Term(IndexSchema.Root, root)), Occur.MUST },
    };

    private IndexWriter OpenWriter(Lucene.Net.Store.Directory directory)
    {
        var config = new IndexWriterConfig(LuceneMatch.Version, IndexSchema.CreateAnalyzer(segmenter))
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = IndexSchema.CreateSimilarity(),
            RAMBufferSizeMB = 64,
        };
        try
        {
            return new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException e)
        {
            // Another program's IndexWriter (ours would have held the lock file first).
            throw IndexWriteLock.Busy(e);
        }
    }

    /// <summary>Units the index will hold once this run commits: buffered deletions applied, which NumDocs does not do.</summary>
    private static int LiveUnits(IndexWriter writer)
    {
        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        return reader.NumDocs;
    }

    /// <summary>(root, source) → content hash of every document currently in the index.</summary>
    private static Dictionary<(string Root, string Source), string> IndexedDocuments(IndexWriter writer, out string? pipelineVersion, out string? primaryRoot)
    {
        var result = new Dictionary<(string, string), string>();
        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        var userData = reader.IndexCommit?.UserData;
        pipelineVersion = userData?.TryGetValue(CommitKeys.Pipeline, out var version) == true ? version : null;
        primaryRoot = userData?.TryGetValue(CommitKeys.PrimaryRoot, out var primary) == true ? primary : null;
        var searcher = new IndexSearcher(reader);
        var query = new TermQuery(new Term(IndexSchema.KindFacet, UnitKinds.Document));
        var hits = searcher.Search(query, Math.Max(1, reader.MaxDoc));
        var fields = new HashSet<string> { IndexSchema.Source, IndexSchema.Root, IndexSchema.ContentHash, IndexSchema.Id };
        foreach (var hit in hits.ScoreDocs)
        {
            var doc = searcher.Doc(hit.Doc, fields);
            result[(doc.Get(IndexSchema.Root), doc.Get(IndexSchema.Source))] = doc.Get(IndexSchema.ContentHash) ?? string.Empty;

            // An index written before roots were recorded: the root whose ids are plain stays the primary one.
            if (primaryRoot is null && !RootIds.IsQualified(doc.Get(IndexSchema.Id) ?? string.Empty))
            {
                primaryRoot = doc.Get(IndexSchema.Root);
            }
        }

        return result;
    }

    private IEnumerable<string> EnumerateDocuments(string root)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
        };
        return System.IO.Directory.EnumerateFiles(root, "*", options)
            .Where(path => pipeline.Supports(path) && !IsHidden(root, path))
            .Order(StringComparer.Ordinal);
    }

    private static bool IsExcluded(string source, IReadOnlyList<string> patterns) =>
        patterns.Any(pattern => System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(pattern, pattern.Contains('/') ? source : Path.GetFileName(source)));

    private static bool IsHidden(string root, string path) =>
        Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));

    private static string SourceOf(string root, string path) =>
        Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexStringLower(hash);
    }

    private sealed record SourceFile(string Root, string Path, string Source);

    /// <summary>What reading one file produced: Lucene documents to write, a failure, or neither (unchanged).</summary>
    private readonly record struct FileOutcome(IReadOnlyList<Lucene.Net.Documents.Document>? Documents, string? FailureReason)
    {
        public static FileOutcome Unchanged => new(null, null);

        public static FileOutcome Indexed(IReadOnlyList<Lucene.Net.Documents.Document> documents) => new(documents, null);

        public static FileOutcome Failed(string reason) => new(null, reason);
    }
}

/// <summary>Keys of the commit user data each run writes (read by `lmec status` and GET /api/status).</summary>
public static class CommitKeys
{
    public const string LastRun = "lmec.lastRun";
    public const string Report = "lmec.report";
    public const string Pipeline = "lmec.pipeline";
    public const string PrimaryRoot = "lmec.primaryRoot";
}
