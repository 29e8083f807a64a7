using Lucene.Net.Search;

namespace LmecKnowledgeSearch.Search.Budget;

/// <summary>Lets at most <see cref="QueryBudget.MaxConcurrentExpensive"/> pattern or fuzzy queries run at once; plain queries pass freely.</summary>
public sealed class ExpensiveQueryGate : IDisposable
{
    private readonly SemaphoreSlim slots;
    private readonly QueryBudget budget;

    public ExpensiveQueryGate(QueryBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        this.budget = budget;
        slots = new SemaphoreSlim(budget.MaxConcurrentExpensive, budget.MaxConcurrentExpensive);
    }

    /// <summary>Whether the query expands patterns or fuzzy terms against the index.</summary>
    public static bool IsExpensive(Query query) => query switch
    {
        MultiTermQuery => true,
        BooleanQuery boolean => boolean.Clauses.Any(c => IsExpensive(c.Query)),
        _ => false,
    };

    /// <summary>A slot held until disposed, or null for a plain query; throws when no slot frees up in time.</summary>
    public IDisposable? Enter(Query query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!IsExpensive(query))
        {
            return null;
        }

        if (!slots.Wait(budget.QueueWait))
        {
            throw new LmecException(LmecErrorKind.Overloaded, $"too many regex, wildcard or fuzzy queries at once (at most {budget.MaxConcurrentExpensive}); try again in a moment");
        }

        return new Slot(slots);
    }

    public void Dispose() => slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
