using System.Diagnostics;
using System.Text;
using System.Text.Json;
using LmecKnowledgeSearch.Cli.Tests.Fixtures;
using LmecKnowledgeSearch.Cli.Tests.Robustness;
using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Cli.Tests.Hostile;

/// <summary>
/// Two `lmec index` processes on one fresh index at once (issue 12: both crashed and neither left an index): the
/// second is told who holds the index and exits with code 4, the first finishes and leaves a complete index.
/// </summary>
public sealed class IndexerRaceTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "lmec-race-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [CliBuiltFact]
    public async Task The_second_of_two_indexer_processes_is_refused_and_the_first_finishes()
    {
        var corpus = Path.Combine(root, "corpus");
        var index = Path.Combine(root, "index");
        Directory.CreateDirectory(corpus);
        File.Copy(TestCorpus.SeedBriefing, Path.Combine(corpus, "briefing.txt"));
        for (var i = 0; i < 60; i++)
        {
            File.WriteAllText(Path.Combine(corpus, $"note-{i:D3}.txt"), Note(i));
        }

        using var first = Start(KilledIndexerTests.LocateCli()!, "index", corpus, "--index", index, "--json");
        var owner = Path.Combine(index, IndexWriteLock.OwnerFileName);
        var stopwatch = Stopwatch.StartNew();
        while (!File.Exists(owner) && !first.HasExited && stopwatch.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(20);
        }

        Assert.False(first.HasExited, "the first indexer finished before the second could start; the corpus is too small for this machine");
        var second = await CliRun.RunAsync("index", corpus, "--index", index, "--json");
        await first.WaitForExitAsync();
        var firstOutput = await first.StandardOutput.ReadToEndAsync();

        Assert.Equal(4, second.ExitCode);
        Assert.Contains($"index busy (PID {first.Id}, since ", second.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, second.Json);
        Assert.Equal(0, first.ExitCode);
        using var report = JsonDocument.Parse(firstOutput);
        Assert.Equal(61, report.RootElement.GetProperty("indexed").GetInt32());
        var status = await CliRun.RunAsync("status", "--index", index, "--json");
        using var statusJson = JsonDocument.Parse(status.Json);
        Assert.Equal(61, statusJson.RootElement.GetProperty("documents").GetInt32());
    }

    private static Process Start(string lmec, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(lmec);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    private static string Note(int i)
    {
        var text = new StringBuilder($"第{i}号会议纪要\n\n");
        for (var p = 0; p < 30; p++)
        {
            text.Append($"第{p + 1}次例会汇报了湄公河流域第{i}个监测点的水位与渔业资源情况，参与农户{(i * 31) + p}户。Item {i}-{p} on flood warning was agreed.\n\n");
        }

        return text.ToString();
    }
}
