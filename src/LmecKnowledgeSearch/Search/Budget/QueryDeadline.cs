using System.Diagnostics;

namespace LmecKnowledgeSearch.Search.Budget;

/// <summary>The time one query has left, checked while its patterns are expanded and its matches collected.</summary>
public sealed class QueryDeadline
{
    private readonly Stopwatch elapsed = Stopwatch.StartNew();
    private readonly TimeSpan limit;

    public QueryDeadline(TimeSpan limit)
    {
        this.limit = limit;
    }

    public void Check()
    {
        if (elapsed.Elapsed > limit)
        {
            throw QueryBudget.Exceeded("time limit", $"it ran for more than {limit.TotalSeconds:0.#} s");
        }
    }
}
