using System.Diagnostics;
using System.Text;
using System.Text.Json;
using LmecKnowledgeSearch.Cli.Tests.Fixtures;
using LmecKnowledgeSearch.Search;
using LmecKnowledgeSearch.Tests.Fixtures;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Xunit;

namespace LmecKnowledgeSearch.Cli.Tests.Robustness;

/// <summary>
/// `lmec index` killed with SIGKILL in the middle of a run (a power cut, an OOM kill): the index must still open with the
/// last commit's documents, and the next run must complete, even though the dead process left its write.lock file.
/// </summary>
public sealed class KilledIndexerTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "lmec-killed-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (System.IO.Directory.Exists(root))
        {
            System.IO.Directory.Delete(root, recursive: true);
        }
    }

    [CliBuiltFact]
    public async Task Keeps_the_last_commit_and_lets_the_next_run_finish_after_a_sigkill()
    {
        var lmec = LocateCli();
        var small = Path.Combine(root, "small");
        var big = Path.Combine(root, "big");
        var index = Path.Combine(root, "index");
        System.IO.Directory.CreateDirectory(small);
        File.Copy(TestCorpus.SeedBriefing, Path.Combine(small, "briefing.txt"));
        WriteBigCorpus(big, files: 400);
        var committed = await CliRun.RunAsync("index", small, "--index", index, "--json");
        Assert.Equal(0, committed.ExitCode);
        var committedDocs = NumDocs(index);

        using (var child = StartCli(lmec!, "index", small, big, "--index", index, "--json"))
        {
            // Let it open the writer and get well into reading and adding documents, then kill it without warning.
            await WaitUntil(() => File.Exists(Path.Combine(index, "write.lock")) || child.HasExited, TimeSpan.FromSeconds(60));
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.False(child.HasExited, "the run ended before it could be killed; the corpus is too small for this machine");
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        // The killed writer leaves its lock file (and half-written segment files) behind; the commit point is untouched.
        Assert.True(File.Exists(Path.Combine(index, "write.lock")), "write.lock should be left behind by the killed process");
        Assert.Equal(committedDocs, NumDocs(index));
        using (var knowledge = new KnowledgeBase(index, TimeProvider.System))
        {
            var hits = knowledge.Search.Search(new SearchRequest { Query = "橡胶" }).Hits;
            Assert.Contains(hits, h => h.Source == "briefing.txt");
        }

        // The dead process's write.lock may still be on disk; the OS released its lock, so a new writer gets in.
        var rerun = await CliRun.RunAsync("index", small, big, "--index", index, "--json");

        Assert.True(rerun.ExitCode == 0, rerun.Error);
        using var summary = JsonDocument.Parse(rerun.Json);
        Assert.Equal(400, summary.RootElement.GetProperty("indexed").GetInt32());
        Assert.Equal(1, summary.RootElement.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, summary.RootElement.GetProperty("failed").GetArrayLength());
    }

    private static int NumDocs(string index)
    {
        using var directory = FSDirectory.Open(index);
        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs;
    }

    /// <summary>lmec.dll as built beside this test assembly (the CLI is a project reference), else the CLI project's own output.</summary>
    internal static string? LocateCli()
    {
        var besideTests = Path.Combine(AppContext.BaseDirectory, "lmec.dll");
        if (File.Exists(besideTests) && File.Exists(Path.Combine(AppContext.BaseDirectory, "lmec.runtimeconfig.json")))
        {
            return besideTests;
        }

        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Debug";
        var built = Path.Combine(TestCorpus.RepoRoot, "src", "LmecKnowledgeSearch.Cli", "bin", configuration, "net10.0", "lmec.dll");
        return File.Exists(built) ? built : null;
    }

    private static Process StartCli(string lmec, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(lmec);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");

        // Drain the pipes so a full buffer never blocks the child before it is killed.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntil(Func<bool> condition, TimeSpan limit)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!condition() && stopwatch.Elapsed < limit)
        {
            await Task.Delay(50);
        }
    }

    /// <summary>Meeting notes written for this test, varied so that no two files are near-duplicates.</summary>
    private static void WriteBigCorpus(string folder, int files)
    {
        string[] places = ["万象", "金边", "清迈", "芹苴", "景洪", "琅勃拉邦", "暹粒", "孔敬"];
        string[] topics = ["洪水预警", "渔业资源", "红树林恢复", "橡胶林间作", "水稻节水灌溉", "社区林业", "湿地保护", "农村供水"];
        System.IO.Directory.CreateDirectory(folder);
        for (var i = 0; i < files; i++)
        {
            var text = new StringBuilder($"第{i}号会议纪要\n\n");
            for (var p = 0; p < 40; p++)
            {
                var (place, topic) = (places[(i + p) % places.Length], topics[(i * 7 + p) % topics.Length]);
                text.Append($"{place}的{topic}项目在第{p + 1}次例会上汇报了进展：参与农户{(i * 31) + p}户，监测点{(p * 13) + i % 17}个，")
                    .Append($"经费使用率达到{(i + p) % 100}%。Participants from {place} discussed item {i}-{p} on {topic} and agreed next steps.\n\n");
            }

            File.WriteAllText(Path.Combine(folder, $"note-{i:D4}.txt"), text.ToString());
        }
    }
}

/// <summary>A fact that needs the built lmec.dll to run as a child process; skipped, with the reason, where it is absent.</summary>
public sealed class CliBuiltFactAttribute : FactAttribute
{
    public CliBuiltFactAttribute()
    {
        if (KilledIndexerTests.LocateCli() is null)
        {
            Skip = "lmec.dll was not found next to the test assembly or under src/LmecKnowledgeSearch.Cli/bin";
        }
    }
}
