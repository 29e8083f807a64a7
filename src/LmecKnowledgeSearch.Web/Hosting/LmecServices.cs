using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Scheduling;

namespace LmecKnowledgeSearch.Web.Hosting;

/// <summary>What the endpoints share for one host: the knowledge base, its single writer and the options.</summary>
public sealed class LmecServices : IDisposable
{
    public LmecServices(LmecWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Knowledge = new KnowledgeBase(HostEnvironment.OptionsFor(options.IndexPath), options.Clock);
        Writer = new ReindexCoordinator(ReindexAsync);
    }

    public LmecWebOptions Options { get; }

    public KnowledgeBase Knowledge { get; }

    public ReindexCoordinator Writer { get; }

    /// <summary>Set by the freshness service once the schedule runs.</summary>
    public ScheduledReindexer? Scheduler { get; set; }

    public void Dispose() => Knowledge.Dispose();

    private Task<IndexRunReport> ReindexAsync(CancellationToken cancellationToken) =>
        Knowledge.IndexAsync(Options.Corpus, null, cancellationToken);
}
