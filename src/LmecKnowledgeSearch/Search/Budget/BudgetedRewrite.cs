using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LmecKnowledgeSearch.Search.Budget;

/// <summary>
/// Rewrites a pattern query (wildcard, regex, prefix) as Lucene's default does, after counting the index terms it
/// matches: past <see cref="QueryBudget.MaxExpansions"/> in a field, or past the query's time, the query is refused
/// instead of being expanded into thousands of terms.
/// </summary>
internal sealed class BudgetedRewrite : MultiTermQuery.RewriteMethod
{
    private readonly QueryBudget budget;
    private readonly QueryDeadline deadline;

    public BudgetedRewrite(QueryBudget budget, QueryDeadline deadline)
    {
        this.budget = budget;
        this.deadline = deadline;
    }

    public override Query Rewrite(IndexReader reader, MultiTermQuery query)
    {
        var matched = 0;
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(query.Field);
            if (terms is null)
            {
                continue;
            }

            var termsEnum = GetTermsEnum(query, terms, new AttributeSource());
            while (termsEnum.MoveNext())
            {
                if (++matched > budget.MaxExpansions)
                {
                    throw QueryBudget.Exceeded("max expansions", $"'{Shorten(query.ToString(query.Field))}' matches more than {budget.MaxExpansions:N0} indexed terms");
                }

                if ((matched & 255) == 0)
                {
                    deadline.Check();
                }
            }
        }

        deadline.Check();
        return MultiTermQuery.CONSTANT_SCORE_AUTO_REWRITE_DEFAULT.Rewrite(reader, query);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
