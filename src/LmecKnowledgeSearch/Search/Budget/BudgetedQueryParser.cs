using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace LmecKnowledgeSearch.Search.Budget;

/// <summary>
/// Lucene's multi-field parser with a <see cref="QueryBudget"/>: pattern and fuzzy terms are counted and checked as
/// they are parsed (before any expansion), and pattern queries expand through <see cref="BudgetedRewrite"/>.
/// </summary>
public sealed class BudgetedQueryParser : MultiFieldQueryParser
{
    private readonly QueryBudget budget;
    private readonly QueryDeadline deadline;
    private readonly HashSet<string> expensiveTerms = new(StringComparer.Ordinal);

    public BudgetedQueryParser(LuceneVersion version, string[] fields, Analyzer analyzer, IDictionary<string, float> boosts, QueryBudget budget, QueryDeadline deadline)
        : base(version, fields, analyzer, boosts)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(deadline);
        this.budget = budget;
        this.deadline = deadline;
    }

    protected override Query NewRegexpQuery(Term regexp)
    {
        ArgumentNullException.ThrowIfNull(regexp);
        Count(regexp.Text);
        CheckPattern("regular expression", regexp.Text);
        var operators = regexp.Text.Count(c => c is '|' or '*' or '+' or '?' or '{' or '(');
        if (operators > budget.MaxRegexOperators)
        {
            throw QueryBudget.Exceeded("max regex operators", $"the regular expression has {operators} operators (at most {budget.MaxRegexOperators})");
        }

        var states = new RegExp(regexp.Text).ToAutomaton().GetNumberOfStates();
        if (states > budget.MaxDeterminizedStates)
        {
            throw QueryBudget.Exceeded("max determinized states", $"the regular expression compiles to {states:N0} states (at most {budget.MaxDeterminizedStates:N0})");
        }

        return Budgeted(base.NewRegexpQuery(regexp));
    }

    protected override Query NewWildcardQuery(Term t)
    {
        ArgumentNullException.ThrowIfNull(t);
        Count(t.Text);
        CheckPattern("wildcard", t.Text);
        return Budgeted(base.NewWildcardQuery(t));
    }

    protected override Query NewPrefixQuery(Term prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        Count(prefix.Text + "*");
        CheckPattern("wildcard", prefix.Text);
        return Budgeted(base.NewPrefixQuery(prefix));
    }

    protected override Query NewFuzzyQuery(Term term, float minimumSimilarity, int prefixLength)
    {
        ArgumentNullException.ThrowIfNull(term);
        // Fuzzy queries keep their own bounded rewrite (the 50 closest terms); their cost is the number of them.
        Count(term.Text + "~");
        CheckPattern("fuzzy term", term.Text);
        return base.NewFuzzyQuery(term, minimumSimilarity, prefixLength);
    }

    /// <summary>Counted once per pattern, not once per field it is searched in.</summary>
    private void Count(string pattern)
    {
        deadline.Check();
        if (expensiveTerms.Add(pattern) && expensiveTerms.Count > budget.MaxExpensiveTerms)
        {
            throw QueryBudget.Exceeded("max expensive terms", $"more than {budget.MaxExpensiveTerms} regex, wildcard or fuzzy terms");
        }
    }

    private void CheckPattern(string kind, string pattern)
    {
        if (pattern.Length > budget.MaxPatternChars)
        {
            throw QueryBudget.Exceeded("max pattern length", $"a {kind} of {pattern.Length:N0} characters (at most {budget.MaxPatternChars})");
        }
    }

    private Query Budgeted(Query query)
    {
        if (query is MultiTermQuery pattern)
        {
            pattern.MultiTermRewriteMethod = new BudgetedRewrite(budget, deadline);
        }

        return query;
    }
}
