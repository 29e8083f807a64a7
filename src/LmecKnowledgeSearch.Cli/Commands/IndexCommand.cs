using System.CommandLine;
using LmecKnowledgeSearch.Cli.Rendering;
using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Web.Hosting;
using Spectre.Console;

namespace LmecKnowledgeSearch.Cli.Commands;

/// <summary>`lmec index [PATH...]`: brings the index in line with the folders (incremental).</summary>
public static class IndexCommand
{
    public const string DefaultCorpus = "corpus";

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("path") { Description = "folders to index (default: corpus/)", Arity = ArgumentArity.ZeroOrMore };
        var json = CommonOptions.Json();
        var watch = new Option<bool>("--watch") { Description = "after indexing, keep watching the folders and re-index on changes (Ctrl+C stops)" };
        var exclude = new Option<string[]>("--exclude") { Description = "file name or relative path patterns to leave out (repeatable), e.g. PROVENANCE.md or drafts/*" };
        var command = new Command("index", "index new and changed documents, remove deleted ones") { paths, json, watch, exclude };
        command.SetAction(async (parse, ct) =>
        {
            var roots = parse.GetValue(paths) is { Length: > 0 } given ? given : [DefaultCorpus];
            using var knowledge = new KnowledgeBase(HostEnvironment.OptionsFor(parse.GetValue(CommonOptions.Index)), context.Clock);
            var asJson = parse.GetValue(json);
            var excluded = parse.GetValue(exclude) ?? [];
            var report = asJson
                ? await knowledge.IndexAsync(roots, null, ct, excluded)
                : context.Console.Profile.Capabilities.Interactive
                    ? await IndexWithProgressAsync(context.Console, knowledge, roots, excluded, ct)
                    : await IndexWithProgressLinesAsync(context.Console, knowledge, roots, excluded, ct);
            if (asJson)
            {
                JsonOutput.Write(context.JsonOut, report);
            }
            else
            {
                RenderReport(context.Console, report, knowledge.IndexPath);
            }

            if (parse.GetValue(watch))
            {
                await WatchAsync(context, knowledge, roots, excluded, asJson, ct);
            }

            return 0;
        });
        return command;
    }

    /// <summary>Re-indexes (debounced) on file changes until Ctrl+C; each run prints its summary.</summary>
    private static async Task WatchAsync(CliContext context, KnowledgeBase knowledge, string[] roots, string[] excluded, bool asJson, CancellationToken ct)
    {
        var writer = new LmecKnowledgeSearch.Scheduling.ReindexCoordinator(c => knowledge.IndexAsync(roots, null, c, excluded));
        writer.Completed += report =>
        {
            if (asJson)
            {
                JsonOutput.Write(context.JsonOut, report);
            }
            else
            {
                RenderReport(context.Console, report, knowledge.IndexPath);
            }
        };
        writer.Failed += e => context.ErrorOut.WriteLine($"error: {e.Message}");
        using var watcher = new LmecKnowledgeSearch.Scheduling.CorpusWatcher(roots, knowledge.IndexPath, () => writer.RequestAsync(ct), context.Clock);
        watcher.Failed += e => context.ErrorOut.WriteLine($"error: {e.Message}");
        watcher.Start();
        if (!asJson)
        {
            context.Console.MarkupLine("[grey]watching for changes (Ctrl+C to stop)[/]");
        }

        try
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Ctrl+C is how watching ends.
        }
    }

    /// <summary>A live bar on a terminal: files done of found, units written, and both per second.</summary>
    private static async Task<IndexRunReport> IndexWithProgressAsync(IAnsiConsole console, KnowledgeBase knowledge, string[] roots, string[] excluded, CancellationToken ct)
    {
        IndexRunReport? report = null;
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async progressContext =>
            {
                var task = progressContext.AddTask("loading the analyzers and models…", maxValue: 1);
                var started = System.Diagnostics.Stopwatch.StartNew();
                var progress = new Progress<IndexProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = Markup.Escape(IndexingRate.Describe(p, started.Elapsed));
                });
                report = await knowledge.IndexAsync(roots, progress, ct, excluded);
                task.Value = task.MaxValue;
            });
        return report!;
    }

    /// <summary>Not a terminal (a log, a pipe, CI): plain lines, at most about one a second, and the last one.</summary>
    private static async Task<IndexRunReport> IndexWithProgressLinesAsync(IAnsiConsole console, KnowledgeBase knowledge, string[] roots, string[] excluded, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        TimeSpan? lastLine = null;
        console.WriteLine("indexing: loading the analyzers and models…");
        var progress = new SynchronousProgress(p =>
        {
            var elapsed = started.Elapsed;
            if (p.Done == p.Total || lastLine is null || elapsed - lastLine >= TimeSpan.FromSeconds(1))
            {
                lastLine = elapsed;
                console.WriteLine("indexing: " + IndexingRate.Describe(p, elapsed));
            }
        });
        return await knowledge.IndexAsync(roots, progress, ct, excluded);
    }

    /// <summary>Reports on the indexer's thread, so lines come out in order and before the summary.</summary>
    private sealed class SynchronousProgress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        private readonly Lock gate = new();

        public void Report(IndexProgress value)
        {
            lock (gate)
            {
                report(value);
            }
        }
    }

    private static void RenderReport(IAnsiConsole console, IndexRunReport report, string indexPath)
    {
        var table = new Table().AddColumn("indexed").AddColumn("unchanged").AddColumn("deleted").AddColumn("failed").AddColumn("units").AddColumn("time");
        table.AddRow(
            report.Indexed.ToString(),
            report.Unchanged.ToString(),
            report.Deleted.ToString(),
            report.Failed.Count.ToString(),
            report.Units.ToString(),
            $"{report.ElapsedMs / 1000.0:0.0} s");
        console.Write(table);
        if (report.Failed.Count > 0)
        {
            var failures = new Table().AddColumn("failed file").AddColumn("reason");
            foreach (var failure in report.Failed)
            {
                failures.AddRow(TerminalText.Escape(failure.Path), TerminalText.Escape(failure.Reason));
            }

            console.Write(failures);
        }

        console.MarkupLine($"[grey]index: {TerminalText.Escape(indexPath)}[/]");
    }
}
