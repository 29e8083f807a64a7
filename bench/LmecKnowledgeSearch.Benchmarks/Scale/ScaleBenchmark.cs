using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Search;

namespace LmecKnowledgeSearch.Benchmarks.Scale;

/// <summary>
/// `scale` subcommand: N items of the scale corpus indexed by `lmec index` and by plain Lucene (each in a child
/// process under /usr/bin/time for wall, CPU and peak RSS), then a fixed, seeded query set run warm against
/// `lmec serve` over HTTP and against both engines in process, in the same run; prints the table of issue 11.
/// </summary>
public static class ScaleBenchmark
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var count = int.Parse(BenchOptions.Value(args, "--n") ?? "5000", CultureInfo.InvariantCulture);
        var work = Path.GetFullPath(BenchOptions.Value(args, "--work") ?? Path.Combine(Path.GetTempPath(), "lmec-scale"));
        var perKind = int.Parse(BenchOptions.Value(args, "--per-kind") ?? "30", CultureInfo.InvariantCulture);
        var seed = int.Parse(BenchOptions.Value(args, "--seed") ?? "11", CultureInfo.InvariantCulture);
        var reuse = args.Contains("--reuse-index");
        var archive = ScaleCorpus.FindArchive(BenchOptions.Value(args, "--archive"));
        var lmec = BenchOptions.Value(args, "--lmec") ?? FindLmec();
        if (archive is null)
        {
            Console.Error.WriteLine($"{ScaleCorpus.FileName} not found; pass --archive PATH (default: ../shared/bench/scale/).");
            return 1;
        }

        if (lmec is null || !File.Exists(lmec))
        {
            Console.Error.WriteLine("lmec.dll not found; build it (dotnet build src/LmecKnowledgeSearch.Cli -c Release) or pass --lmec PATH.");
            return 1;
        }

        var corpus = Path.Combine(work, $"corpus-{count}");
        var oursIndex = Path.Combine(work, $"ours-{count}");
        var plainIndex = Path.Combine(work, $"plain-{count}");
        var (files, characters) = ScaleCorpus.Write(archive, count, corpus);
        output.WriteLine($"scale corpus: {files:N0} items, {characters / 1e6:0.00} Mchar under {corpus}; lmec = {lmec}");
        output.WriteLine($"load average at start: {LoadAverage()}");

        TimedRun? ours = null, plain = null;
        if (!reuse || !System.IO.Directory.Exists(oursIndex))
        {
            if (System.IO.Directory.Exists(oursIndex))
            {
                System.IO.Directory.Delete(oursIndex, recursive: true);
            }

            ours = await TimedRun.RunAsync(["dotnet", lmec, "index", corpus, "--index", oursIndex, "--json"], work).ConfigureAwait(false);
            output.WriteLine($"ours indexed: {ours}");
            plain = await TimedRun.RunAsync(["dotnet", typeof(ScaleBenchmark).Assembly.Location, "scale-plain-index", corpus, plainIndex], work).ConfigureAwait(false);
            output.WriteLine($"plain indexed: {plain}");
        }

        if (args.Contains("--stages"))
        {
            var stages = await TimedRun.RunAsync(["dotnet", typeof(ScaleBenchmark).Assembly.Location, "scale-stages", corpus, Path.Combine(work, $"stages-{count}")], work).ConfigureAwait(false);
            output.WriteLine(stages.Output);
        }

        var texts = System.IO.Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var queries = ScaleQuerySet.Sample(texts, SegmenterFactory.CreateDefault(), perKind, seed);
        var questions = queries.Where(q => q.Kind == "question").ToList();
        texts.Clear();
        output.WriteLine($"queries: {queries.Count} ({string.Join(", ", queries.GroupBy(q => q.Kind).Select(g => $"{g.Count()} {g.Key}"))}), seed {seed}; load average {LoadAverage()}");

        var http = await MeasureHttpAsync(lmec, oursIndex, corpus, queries, questions).ConfigureAwait(false);
        // --http-only: ours is measured over HTTP alone (e.g. an older lmec build whose library this bench does not hold).
        var (inProcessSearch, inProcessAsk, matches) = args.Contains("--http-only")
            ? (Latency.Of([]), Latency.Of([]), queries.Select(q => q.Text).Distinct().ToDictionary(q => q, _ => 0))
            : MeasureInProcess(oursIndex, queries, questions);
        var plainSearch = MeasurePlain(plainIndex, queries);
        output.WriteLine($"load average at end: {LoadAverage()}");
        output.WriteLine();

        var oursDisk = DirectorySize(oursIndex);
        var plainDisk = DirectorySize(plainIndex);
        output.WriteLine($"| N = {files:N0} ({characters / 1e6:0.0} Mchar) | ours | plain Lucene (CJKAnalyzer) | ratio |");
        output.WriteLine("|---|---|---|---|");
        if (ours is not null && plain is not null)
        {
            output.WriteLine($"| index wall / CPU | {ours.Wall:0.0} s / {ours.Cpu:0.0} s | {plain.Wall:0.0} s / {plain.Cpu:0.0} s | {ours.Wall / plain.Wall:0.0}× wall, {ours.Cpu / plain.Cpu:0.0}× CPU |");
            output.WriteLine($"| index throughput | {characters / 1e6 / ours.Wall:0.000} Mchar/s | {characters / 1e6 / plain.Wall:0.000} Mchar/s | {plain.Wall / ours.Wall:0.00} of plain |");
            output.WriteLine($"| index peak RSS | {ours.PeakRssMb:0} MB | {plain.PeakRssMb:0} MB | {ours.PeakRssMb / plain.PeakRssMb:0.0}× |");
        }

        output.WriteLine($"| index on disk | {oursDisk / 1e6:0} MB | {plainDisk / 1e6:0} MB | {(double)oursDisk / plainDisk:0.00}× |");
        output.WriteLine($"| search p50 / p95 / p99 / max, HTTP | {http.Search} | – | |");
        output.WriteLine($"| search p50 / p95 / p99 / max, in process | {inProcessSearch} | {plainSearch} | {inProcessSearch.P50 / plainSearch.P50:0.0}× / {inProcessSearch.P95 / plainSearch.P95:0.0}× / {inProcessSearch.P99 / plainSearch.P99:0.0}× |");
        output.WriteLine($"| search p50 / p95 / p99, HTTP (ours) / in process (plain) | | | {http.Search.P50 / plainSearch.P50:0.0}× / {http.Search.P95 / plainSearch.P95:0.0}× / {http.Search.P99 / plainSearch.P99:0.0}× |");
        output.WriteLine($"| ask p50 / p95 / p99 / max, HTTP | {http.Ask} | – | |");
        output.WriteLine($"| ask p50 / p95 / p99 / max, in process | {inProcessAsk} | – | |");
        output.WriteLine($"| server RSS after the run (peak) | {http.RssMb:0} MB ({http.PeakRssMb:0} MB) | | |");
        output.WriteLine($"| start to first answer | {http.FirstAnswer:0.00} s | | |");
        output.WriteLine();
        var byQuery = inProcessSearch.ByQuery.Count > 0 ? inProcessSearch.ByQuery : http.SearchByQuery;
        output.WriteLine($"search {(inProcessSearch.ByQuery.Count > 0 ? "in process" : "over HTTP")} by kind of query (p50 / p95 / p99 / max, mean results):");
        foreach (var kind in queries.Select(q => q.Kind).Distinct())
        {
            var timings = byQuery.Where(t => t.Query.Kind == kind).ToList();
            var latency = Latency.Of(timings.Select(t => t.Ms));
            output.WriteLine($"  {kind,-14} {latency}  ({timings.Average(t => matches[t.Query.Text]):N0} results)");
        }

        var slowest = http.SearchByQuery.OrderByDescending(t => t.Ms).Take(5);
        output.WriteLine("slowest over HTTP: " + string.Join("; ", slowest.Select(t => $"{t.Query.Text} {t.Ms:0.0} ms ({matches.GetValueOrDefault(t.Query.Text):N0} results)")));
        return 0;
    }

    private static async Task<HttpFigures> MeasureHttpAsync(string lmec, string index, string corpus, IReadOnlyList<ScaleQuery> queries, IReadOnlyList<ScaleQuery> questions)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { lmec, "serve", "--index", index, "--corpus", corpus, "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var server = Process.Start(start) ?? throw new InvalidOperationException("could not start lmec serve");
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };
        try
        {
            double firstAnswer;
            while (true)
            {
                try
                {
                    using var response = await client.GetAsync(AskUrl(questions[0].Text)).ConfigureAwait(false);
                    if (response.IsSuccessStatusCode)
                    {
                        firstAnswer = clock.Elapsed.TotalSeconds;
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                    if (server.HasExited || clock.Elapsed > TimeSpan.FromMinutes(2))
                    {
                        throw new InvalidOperationException("lmec serve did not answer");
                    }

                    await Task.Delay(20).ConfigureAwait(false);
                }
            }

            async Task<List<(ScaleQuery Query, double Ms)>> RunAsync(IEnumerable<ScaleQuery> set, Func<string, string> url)
            {
                var timings = new List<(ScaleQuery, double)>();
                foreach (var query in set)
                {
                    var watch = Stopwatch.StartNew();
                    using var response = await client.GetAsync(url(query.Text)).ConfigureAwait(false);
                    _ = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                    timings.Add((query, watch.Elapsed.TotalMilliseconds));
                }

                return timings;
            }

            await RunAsync(queries, SearchUrl).ConfigureAwait(false);
            await RunAsync(questions, AskUrl).ConfigureAwait(false);
            var search = await RunAsync(queries, SearchUrl).ConfigureAwait(false);
            var ask = await RunAsync(questions, AskUrl).ConfigureAwait(false);
            var (rss, peak) = Memory(server.Id);
            return new HttpFigures(Latency.Of(search.Select(s => s.Ms)), search, Latency.Of(ask.Select(a => a.Ms)), rss, peak, firstAnswer);
        }
        finally
        {
            server.Kill();
            await server.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    private static string SearchUrl(string q) => "/api/search?q=" + Uri.EscapeDataString(q);

    private static string AskUrl(string q) => "/api/ask?q=" + Uri.EscapeDataString(q);

    private static (Latency Search, Latency Ask, Dictionary<string, int> Matches) MeasureInProcess(string index, IReadOnlyList<ScaleQuery> queries, IReadOnlyList<ScaleQuery> questions)
    {
        using var knowledge = new KnowledgeBase(index, TimeProvider.System);
        var matches = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var query in queries)
        {
            matches[query.Text] = Safely(() => knowledge.Search.Search(new SearchRequest { Query = query.Text }).Total);
        }

        foreach (var question in questions)
        {
            _ = knowledge.Ask(question.Text);
        }

        var search = queries.Select(q => (q, Time(() => Safely(() => knowledge.Search.Search(new SearchRequest { Query = q.Text }).Total)))).ToList();
        var ask = questions.Select(q => Time(() => Safely(() => knowledge.Ask(q.Text).Evidence.Count))).ToList();
        return (Latency.Of(search.Select(s => s.Item2)) with { ByQuery = search }, Latency.Of(ask), matches);
    }

    private static Latency MeasurePlain(string index, IReadOnlyList<ScaleQuery> queries)
    {
        using var plain = PlainLuceneEngine.Open(index);
        foreach (var query in queries)
        {
            plain.Search(query.Text);
        }

        return Latency.Of(queries.Select(q => Time(() => plain.Search(q.Text))));
    }

    /// <summary>A query the engine rejects (bad syntax) is timed like any other: the user waited for the error.</summary>
    private static int Safely(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (LmecException)
        {
            return -1;
        }
    }

    private static double Time<T>(Func<T> action)
    {
        var watch = Stopwatch.StartNew();
        _ = action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static (double RssMb, double PeakMb) Memory(int pid)
    {
        var lines = File.ReadAllLines($"/proc/{pid}/status");
        double Kb(string key) => double.Parse(lines.First(l => l.StartsWith(key, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return (Kb("VmRSS:") / 1024, Kb("VmHWM:") / 1024);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static long DirectorySize(string path) =>
        System.IO.Directory.Exists(path) ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string? FindLmec()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "LmecKnowledgeSearch.Cli", "bin", "Release", "net10.0", "lmec.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private sealed record HttpFigures(Latency Search, List<(ScaleQuery Query, double Ms)> SearchByQuery, Latency Ask, double RssMb, double PeakRssMb, double FirstAnswer);
}

/// <summary>Percentiles of a set of timings in milliseconds.</summary>
internal sealed record Latency(double P50, double P95, double P99, double Max)
{
    public IReadOnlyList<(ScaleQuery Query, double Ms)> ByQuery { get; init; } = [];

    public static Latency Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Latency(0, 0, 0, 0);
        }

        double At(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new Latency(At(0.50), At(0.95), At(0.99), sorted[^1]);
    }

    public override string ToString() => $"{P50:0.0} / {P95:0.0} / {P99:0.0} / {Max:0.0} ms";
}

/// <summary>A child process run under /usr/bin/time: wall and CPU seconds, peak RSS, and its standard output.</summary>
internal sealed record TimedRun(double Wall, double Cpu, double PeakRssMb, string Output)
{
    public static async Task<TimedRun> RunAsync(IReadOnlyList<string> command, string work)
    {
        System.IO.Directory.CreateDirectory(work);
        var timeFile = Path.Combine(work, "time.txt");
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-f", "%e %U %S %M", "-o", timeFile }.Concat(command))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + command[0]);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', command)} failed ({process.ExitCode}): {await stderr.ConfigureAwait(false)}");
        }

        var parts = File.ReadAllLines(timeFile).Last().Split(' ').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return new TimedRun(parts[0], parts[1] + parts[2], parts[3] / 1024, await stdout.ConfigureAwait(false));
    }

    public override string ToString() => $"{Wall:0.0} s wall, {Cpu:0.0} s CPU, peak RSS {PeakRssMb:0} MB";
}
