using LmecKnowledgeSearch.Scheduling;
using LmecKnowledgeSearch.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace LmecKnowledgeSearch.Web.Tests.Scheduling;

public sealed class CorpusWatcherTests
{
    [Fact]
    public async Task A_burst_of_changes_triggers_one_reindex_after_the_quiet_time()
    {
        using var temp = new TempCorpus();
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var runs = 0;
        using var watcher = new CorpusWatcher([temp.Corpus], temp.IndexPath, () =>
        {
            Interlocked.Increment(ref runs);
            return Task.CompletedTask;
        }, clock, TimeSpan.FromSeconds(2));
        watcher.Start();

        temp.Write("a.txt", "第一份文件");
        temp.Write("b.txt", "第二份文件");
        temp.Write("sub/c.md", "# 第三份");
        await Task.Delay(700); // file-system events arrive on their own thread
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, Volatile.Read(ref runs));

        clock.Advance(TimeSpan.FromSeconds(2));
        await WaitUntilAsync(() => Volatile.Read(ref runs) > 0);
        Assert.Equal(1, Volatile.Read(ref runs));
    }

    [Fact]
    public void Changes_inside_the_index_folder_or_hidden_folders_are_ignored()
    {
        using var temp = new TempCorpus();
        var index = Path.Combine(temp.Corpus, ".lmec", "index");
        using var watcher = new CorpusWatcher([temp.Corpus], index, () => Task.CompletedTask, TimeProvider.System);

        Assert.False(watcher.IsRelevant(temp.Corpus, Path.Combine(index, "segments_2")));
        Assert.False(watcher.IsRelevant(temp.Corpus, Path.Combine(temp.Corpus, ".git", "HEAD")));
        Assert.True(watcher.IsRelevant(temp.Corpus, Path.Combine(temp.Corpus, "2023", "briefing.pdf")));
    }

    [Fact]
    public void A_missing_folder_is_invalid_input()
    {
        var error = Assert.Throws<LmecException>(() => new CorpusWatcher(
            [Path.Combine(Path.GetTempPath(), "lmec-missing-" + Guid.NewGuid().ToString("N"))], "index", () => Task.CompletedTask, TimeProvider.System));
        Assert.Equal(LmecErrorKind.InvalidInput, error.Kind);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }
    }
}
