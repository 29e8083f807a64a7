using Cronos;

namespace LmecKnowledgeSearch.Scheduling;

/// <summary>
/// Re-indexes on a cron schedule: a plain loop (no hosting framework) that waits on the given clock, so the CLI and
/// the web host share it and tests drive it with a fake clock.
/// </summary>
public sealed class ScheduledReindexer
{
    private readonly CronExpression schedule;
    private readonly TimeProvider clock;
    private readonly Func<CancellationToken, Task> reindex;
    private readonly TimeZoneInfo zone;
    private long nextRunTicks = -1;

    public ScheduledReindexer(CronExpression schedule, TimeProvider clock, Func<CancellationToken, Task> reindex, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(reindex);
        this.schedule = schedule;
        this.clock = clock;
        this.reindex = reindex;
        this.zone = zone ?? clock.LocalTimeZone;
    }

    /// <summary>When the loop will next re-index (UTC), or null before it has started or when no occurrence is left.</summary>
    public DateTimeOffset? NextRun
    {
        get
        {
            var ticks = Interlocked.Read(ref nextRunTicks);
            return ticks < 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>Parses a five-field cron expression ("0 2 * * *"), failing clearly on a bad one.</summary>
    public static CronExpression Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        try
        {
            return CronExpression.Parse(expression, CronFormat.Standard);
        }
        catch (CronFormatException e)
        {
            throw new LmecException(LmecErrorKind.InvalidInput, $"invalid schedule '{expression}': {e.Message} (expected five cron fields, e.g. \"0 2 * * *\")", e);
        }
    }

    /// <summary>Runs until cancelled: waits for each occurrence, then re-indexes.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            if (schedule.GetNextOccurrence(now, zone) is not { } next)
            {
                Interlocked.Exchange(ref nextRunTicks, -1);
                return;
            }

            Interlocked.Exchange(ref nextRunTicks, next.UtcTicks);

            // Wait in steps: a timer fires on the clock it was made with, and the clock may be adjusted meanwhile.
            while (clock.GetUtcNow() < next)
            {
                var wait = next - clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    try
                    {
                        await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        return;
                    }
                }
            }

            await reindex(cancellationToken).ConfigureAwait(false);
        }
    }
}
