using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Enrichment;
using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Ingestion;
using LmecKnowledgeSearch.Search;
using LmecKnowledgeSearch.Tests.Fixtures;
using Lucene.Net.Store;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Hostile;

/// <summary>
/// One writer per index, and each way of not being able to write gets its own clear error (issue 12). The
/// two-process race is in the CLI tests (IndexerRaceTests); here one process holds the lock.
/// </summary>
public sealed class IndexWriterContentionTests : IDisposable
{
    private readonly TempCorpus temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_second_writer_is_told_who_holds_the_index_and_leaves_it_as_it_was()
    {
        temp.CopyFromRepoCorpus("lmec-briefing-2022-11.txt");
        using var knowledge = new KnowledgeBase(temp.IndexPath, TimeProvider.System);
        await knowledge.IndexAsync([temp.Corpus]);
        temp.Write("later.md", "# 新文件\n\n新加入的会议纪要。\n");
        var before = Snapshot(temp.IndexPath);

        IndexRunReport? second = null;
        LmecException error;
        using (IndexWriteLock.Acquire(temp.IndexPath, TimeProvider.System))
        {
            error = await Assert.ThrowsAsync<LmecException>(async () => second = await knowledge.IndexAsync([temp.Corpus]));
            Assert.Equal(before, Snapshot(temp.IndexPath).Where(f => f.Name != IndexWriteLock.OwnerFileName));
        }

        Assert.Null(second);
        Assert.Equal(LmecErrorKind.IndexBusy, error.Kind);
        Assert.Contains($"index busy (PID {Environment.ProcessId}, since ", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, knowledge.Status().Documents);
        Assert.Equal(1, (await knowledge.IndexAsync([temp.Corpus])).Indexed);
    }

    [Fact]
    public async Task A_full_disk_rolls_back_gets_its_own_error_and_is_recorded_for_status()
    {
        temp.CopyFromRepoCorpus("lmec-briefing-2022-11.txt");
        using (var knowledge = new KnowledgeBase(temp.IndexPath, TimeProvider.System))
        {
            await knowledge.IndexAsync([temp.Corpus]);
        }

        temp.Write("later.md", "# 新文件\n\n新加入的会议纪要。\n");
        var indexer = new CorpusIndexer(new DocumentPipeline(DocumentReaderRegistry.CreateDefault(), DocumentUnitBuilder.CreateDefault()), SegmenterFactory.CreateDefault(), TimeProvider.System, openDirectory: path => new FullDiskDirectory(FSDirectory.Open(path)));

        var error = await Assert.ThrowsAsync<LmecException>(() => indexer.IndexAsync(temp.IndexPath, [temp.Corpus]));

        Assert.Equal(LmecErrorKind.DiskFull, error.Kind);
        Assert.Contains("is full", error.Message, StringComparison.Ordinal);
        using var reopened = new KnowledgeBase(temp.IndexPath, TimeProvider.System);
        var status = reopened.Status();
        Assert.Equal(1, status.Documents);
        Assert.NotNull(status.LastFailure);
        Assert.Contains("is full", status.LastFailure!.Reason, StringComparison.Ordinal);

        // The next good run clears the record.
        await reopened.IndexAsync([temp.Corpus]);
        Assert.Null(reopened.Status().LastFailure);
    }

    [Fact]
    public void Refusals_of_the_file_system_map_to_their_own_errors()
    {
        var index = Path.Combine(temp.Root, "missing-parent", "index");

        Assert.Equal(LmecErrorKind.IndexNotWritable, IndexWriteErrors.Classify(new UnauthorizedAccessException("Access to the path is denied."), index)!.Kind);
        Assert.Contains("cannot create the index folder", IndexWriteErrors.Classify(new UnauthorizedAccessException("denied"), index)!.Message, StringComparison.Ordinal);
        Assert.Equal(LmecErrorKind.IndexNotWritable, IndexWriteErrors.Classify(new IOException("Read-only file system", 30), temp.Root)!.Kind);
        Assert.Contains("is read-only", IndexWriteErrors.Classify(new IOException("Read-only file system", 30), temp.Root)!.Message, StringComparison.Ordinal);
        Assert.Equal(LmecErrorKind.DiskFull, IndexWriteErrors.Classify(new IOException("No space left on device", 28), temp.Root)!.Kind);
        Assert.Null(IndexWriteErrors.Classify(new IOException("Input/output error", 5), temp.Root));
    }

    [Fact]
    public async Task A_read_only_index_folder_is_reported_as_such_not_as_busy()
    {
        if (Environment.UserName == "root" || OperatingSystem.IsWindows())
        {
            // Root writes through permission bits; the mapping itself is covered above, the real folder by hand (README).
            return;
        }

        temp.CopyFromRepoCorpus("lmec-briefing-2022-11.txt");
        using var knowledge = new KnowledgeBase(temp.IndexPath, TimeProvider.System);
        await knowledge.IndexAsync([temp.Corpus]);
        File.SetUnixFileMode(temp.IndexPath, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var error = await Assert.ThrowsAsync<LmecException>(() => knowledge.IndexAsync([temp.Corpus]));
            Assert.Equal(LmecErrorKind.IndexNotWritable, error.Kind);
        }
        finally
        {
            File.SetUnixFileMode(temp.IndexPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static List<(string Name, long Length, DateTime Written)> Snapshot(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles().Select(f => (f.Name, f.Length, f.LastWriteTimeUtc)).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();

    /// <summary>A disk that fills up as soon as Lucene writes a new segment file.</summary>
    private sealed class FullDiskDirectory(Lucene.Net.Store.Directory inner) : FilterDirectory(inner)
    {
        public override IndexOutput CreateOutput(string name, IOContext context) =>
            name.StartsWith('_') ? throw new IOException("No space left on device", 28) : base.CreateOutput(name, context);
    }
}
