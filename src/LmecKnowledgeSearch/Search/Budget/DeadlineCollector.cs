using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LmecKnowledgeSearch.Search.Budget;

/// <summary>Passes matches on to another collector and stops the search once the query's time is up.</summary>
public sealed class DeadlineCollector : ICollector
{
    // Reading the clock on every match would cost more than the matching; every 4,096 is still well within a millisecond.
    private const int CheckEvery = 4096;

    private readonly ICollector inner;
    private readonly QueryDeadline deadline;
    private int sinceCheck;

    public DeadlineCollector(ICollector inner, QueryDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(deadline);
        this.inner = inner;
        this.deadline = deadline;
    }

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        deadline.Check();
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (++sinceCheck >= CheckEvery)
        {
            sinceCheck = 0;
            deadline.Check();
        }

        inner.Collect(doc);
    }
}
