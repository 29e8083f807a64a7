using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Search;
using LmecKnowledgeSearch.Tests.Fixtures;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Indexing;

public sealed class CorpusIndexerTests : IDisposable
{
    private readonly TempCorpus temp = new();

    [Fact]
    public async Task Reindexes_only_changed_files_and_removes_deleted_ones()
    {
        temp.CopyFromRepoCorpus("lmec-briefing-2022-11.txt");
        temp.Write("notes/meeting.md", "# 会议纪要\n\n讨论了湄公河流域的洪水预警与社区生计。\n");
        temp.Write("notes/old.txt", "A note about Tonle Sap fisheries that will be deleted.\n");
        using var knowledge = new KnowledgeBase(temp.IndexPath, TimeProvider.System);

        var first = await knowledge.IndexAsync([temp.Corpus]);
        var second = await knowledge.IndexAsync([temp.Corpus]);
        temp.Write("notes/meeting.md", "# 会议纪要\n\n讨论了澜沧江的生态补偿。\n");
        File.Delete(Path.Combine(temp.Corpus, "notes/old.txt"));
        var third = await knowledge.IndexAsync([temp.Corpus]);

        Assert.Equal((3, 0, 0), (first.Indexed, first.Unchanged, first.Deleted));
        Assert.Equal((0, 3, 0), (second.Indexed, second.Unchanged, second.Deleted));
        Assert.Equal((1, 1, 1), (third.Indexed, third.Unchanged, third.Deleted));
        Assert.Equal(0, knowledge.Search.Search(new SearchRequest { Query = "Tonle" }).Total);
        Assert.Equal(0, knowledge.Search.Search(new SearchRequest { Query = "洪水预警" }).Total);
        Assert.True(knowledge.Search.Search(new SearchRequest { Query = "生态补偿" }).Total > 0);
    }

    [Fact]
    public async Task Leaves_out_excluded_files_and_removes_them_when_indexed_before()
    {
        temp.CopyFromRepoCorpus("lmec-briefing-2022-11.txt");
        temp.Write("sources/PROVENANCE.md", "# Provenance\n\nWhere the Tonle Sap notes came from.\n");
        temp.Write("drafts/tonle.txt", "A draft note about Tonle Sap fisheries.\n");
        using var knowledge = new KnowledgeBase(temp.IndexPath, TimeProvider.System);

        var everything = await knowledge.IndexAsync([temp.Corpus]);
        var excluded = await knowledge.IndexAsync([temp.Corpus], exclude: ["PROVENANCE.md", "drafts/*"]);

        Assert.Equal(3, everything.Indexed);
        Assert.Equal((0, 1, 2), (excluded.Indexed, excluded.Unchanged, excluded.Deleted));
        Assert.True(excluded.Units < everything.Units, $"{excluded.Units} units after excluding, {everything.Units} before");
        Assert.Equal(0, knowledge.Search.Search(new SearchRequest { Query = "Tonle" }).Total);
    }

    [Fact]
    public async Task Reports_bad_files_and_indexes_the_rest()
    {
        temp.CopyFromRepoCorpus("lmec-briefing-2022-11.txt");
        var pdf = File.ReadAllBytes(Path.Combine(TestCorpus.RepoCorpus, "lmec-briefing-2022-11.pdf"));
        temp.Write("bad/truncated.pdf", pdf[..(pdf.Length / 2)]);
        temp.Write("bad/empty.pdf", []);
        temp.Write("bad/random.pdf", RandomBytes(4096));
        temp.Write("bad/empty.txt", []);
        using var knowledge = new KnowledgeBase(temp.IndexPath, TimeProvider.System);

        var report = await knowledge.IndexAsync([temp.Corpus]);

        Assert.Equal(1, report.Indexed);
        Assert.Equal(["bad/empty.pdf", "bad/empty.txt", "bad/random.pdf", "bad/truncated.pdf"], report.Failed.Select(f => f.Path));
        Assert.All(report.Failed, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
        Assert.True(knowledge.Search.Search(new SearchRequest { Query = "橡胶" }).Total > 0);
    }

    [Fact]
    public async Task Keeps_the_last_commit_when_a_run_is_cancelled()
    {
        temp.CopyFromRepoCorpus("lmec-briefing-2022-11.txt");
        using var knowledge = new KnowledgeBase(temp.IndexPath, TimeProvider.System);
        await knowledge.IndexAsync([temp.Corpus]);
        var before = knowledge.Search.Search(new SearchRequest()).Total;
        for (var i = 0; i < 50; i++)
        {
            temp.Write($"more/note-{i}.txt", $"第{i}号会议纪要：讨论湄公河流域的洪水与干旱。\n");
        }

        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress<IndexProgress>(_ => cancel.Cancel());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => knowledge.IndexAsync([temp.Corpus], progress, cancel.Token));

        Assert.Equal(before, knowledge.Search.Search(new SearchRequest()).Total);
        var rerun = await knowledge.IndexAsync([temp.Corpus]);
        Assert.Equal(50, rerun.Indexed);
        Assert.Equal(1, rerun.Unchanged);
    }

    [Fact]
    public async Task Refuses_a_second_writer_with_a_clear_error()
    {
        temp.CopyFromRepoCorpus("lmec-briefing-2022-11.txt");
        using var knowledge = new KnowledgeBase(temp.IndexPath, TimeProvider.System);
        await knowledge.IndexAsync([temp.Corpus]);
        using var directory = FSDirectory.Open(temp.IndexPath);
        using var holder = new IndexWriter(directory, new IndexWriterConfig(LmecKnowledgeSearch.Analysis.LuceneMatch.Version, null));

        var error = await Assert.ThrowsAsync<LmecException>(() => knowledge.IndexAsync([temp.Corpus]));

        Assert.Equal(LmecErrorKind.IndexBusy, error.Kind);
        Assert.Contains("being updated", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(20221120).NextBytes(bytes);
        return bytes;
    }

    /// <summary>IProgress that reports on the calling thread, so a test can act at an exact point of the run.</summary>
    private sealed class SynchronousProgress<T>(Action<T> handler) : IProgress<T>
    {
        public void Report(T value) => handler(value);
    }
}
