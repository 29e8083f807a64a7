using LmecKnowledgeSearch.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LmecKnowledgeSearch.Web.Hosting;

/// <summary>Starts the corpus watcher and the cron schedule with the host and stops them with it.</summary>
internal sealed class FreshnessService : IHostedService, IDisposable
{
    private readonly LmecServices services;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stopping = new();
    private CorpusWatcher? watcher;
    private Task? scheduleLoop;

    public FreshnessService(LmecServices services, ILogger<FreshnessService> logger)
    {
        this.services = services;
        this.logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var options = services.Options;
        services.Writer.Failed += e => logger.LogError(e, "re-index failed; the last committed index stays in use");
        services.Writer.Completed += r => logger.LogInformation(
            "re-indexed: {Indexed} indexed, {Unchanged} unchanged, {Deleted} deleted, {Failed} failed",
            r.Indexed, r.Unchanged, r.Deleted, r.Failed.Count);
        if (options.Schedule is { Length: > 0 } cron)
        {
            var scheduler = new ScheduledReindexer(ScheduledReindexer.Parse(cron), options.Clock, services.Writer.RequestAsync);
            services.Scheduler = scheduler;
            scheduleLoop = Task.Run(() => scheduler.RunAsync(stopping.Token), CancellationToken.None);
        }

        if (options.Watch)
        {
            watcher = new CorpusWatcher(options.Corpus, services.Knowledge.IndexPath, () => services.Writer.RequestAsync(stopping.Token), options.Clock, options.WatchDebounce);
            watcher.Failed += e => logger.LogError(e, "re-index after a file change failed");
            watcher.Start();
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        watcher?.Dispose();
        if (scheduleLoop is not null)
        {
            await scheduleLoop.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        watcher?.Dispose();
        stopping.Dispose();
    }
}
