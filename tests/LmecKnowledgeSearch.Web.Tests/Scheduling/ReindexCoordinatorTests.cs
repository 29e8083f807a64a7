using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Scheduling;
using LmecKnowledgeSearch.Tests.Fixtures;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Xunit;

namespace LmecKnowledgeSearch.Web.Tests.Scheduling;

public sealed class ReindexCoordinatorTests
{
    private static readonly IndexRunReport Empty = new(0, 0, 0, [], 0, 0);

    [Fact]
    public async Task A_second_explicit_run_while_one_is_in_progress_gets_IndexBusy()
    {
        var release = new TaskCompletionSource();
        var coordinator = new ReindexCoordinator(async _ =>
        {
            await release.Task;
            return Empty;
        });

        var first = coordinator.RunNowAsync();
        var busy = await Assert.ThrowsAsync<LmecException>(() => coordinator.RunNowAsync());
        Assert.Equal(LmecErrorKind.IndexBusy, busy.Kind);
        Assert.True(coordinator.IsRunning);

        release.SetResult();
        await first;
        Assert.False(coordinator.IsRunning);
    }

    [Fact]
    public async Task Background_requests_during_a_run_are_coalesced_into_one_follow_up_run()
    {
        var release = new TaskCompletionSource();
        var runs = 0;
        var coordinator = new ReindexCoordinator(async _ =>
        {
            Interlocked.Increment(ref runs);
            await release.Task;
            return Empty;
        });

        var first = coordinator.RequestAsync();
        await coordinator.RequestAsync();
        await coordinator.RequestAsync();
        await coordinator.RequestAsync();
        release.SetResult();
        await first;

        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task A_failed_background_run_is_reported_and_the_next_one_still_runs()
    {
        var calls = 0;
        var coordinator = new ReindexCoordinator(_ => ++calls == 1
            ? throw new IOException("disk full")
            : Task.FromResult(Empty));
        var failures = new List<Exception>();
        coordinator.Failed += failures.Add;

        await coordinator.RequestAsync();
        Assert.Equal("disk full", coordinator.LastError);
        await coordinator.RequestAsync();

        Assert.Single(failures);
        Assert.Null(coordinator.LastError);
        Assert.Equal(Empty, coordinator.LastReport);
    }

    [Fact]
    public async Task A_second_writer_on_the_same_index_gets_IndexBusy_and_the_index_stays_searchable()
    {
        using var temp = new TempCorpus();
        temp.CopyFromRepoCorpus("lmec-briefing-2022-11.txt");
        using var knowledge = new KnowledgeBase(temp.IndexPath, TimeProvider.System);
        await knowledge.IndexAsync([temp.Corpus]);
        var before = knowledge.Status().Units;

        using (var directory = FSDirectory.Open(temp.IndexPath))
        using (var otherWriter = directory.MakeLock(IndexWriter.WRITE_LOCK_NAME))
        {
            Assert.True(otherWriter.Obtain());
            temp.Write("extra.txt", "另一份关于湄公河渔业的简短说明。");
            var busy = await Assert.ThrowsAsync<LmecException>(() => knowledge.IndexAsync([temp.Corpus]));
            Assert.Equal(LmecErrorKind.IndexBusy, busy.Kind);
        }

        Assert.Equal(before, knowledge.Status().Units);
        Assert.True(knowledge.Search.Search(new Search.SearchRequest { Query = "橡胶" }).Total > 0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("every day")]
    [InlineData("0 2 * *")]
    [InlineData("61 2 * * *")]
    public void A_malformed_cron_schedule_is_invalid_input(string expression)
    {
        var error = Assert.Throws<LmecException>(() => ScheduledReindexer.Parse(expression));
        Assert.Equal(LmecErrorKind.InvalidInput, error.Kind);
    }
}
