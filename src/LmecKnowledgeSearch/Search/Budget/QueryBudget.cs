namespace LmecKnowledgeSearch.Search.Budget;

/// <summary>
/// What one query may cost. Regular expressions, wildcards and fuzzy terms are expanded against the term dictionary
/// of every searched field; unbounded, a 992-character regular expression took 7 s and 40 fuzzy terms 6 s, and a few
/// such requests at once occupy every core. A query over a limit is refused with a message naming the limit.
/// </summary>
/// <param name="MaxExpensiveTerms">Regex, wildcard, prefix and fuzzy terms in one query: a person searching uses one or two; ten leaves room.</param>
/// <param name="MaxPatternChars">Length of one regex or wildcard pattern: real patterns are a word or two with a few operators.</param>
/// <param name="MaxRegexOperators">Operators (| * + ? { and groups) in one regex: each can double the automaton built from it, so they are counted before it is built.</param>
/// <param name="MaxDeterminizedStates">States of the automaton a regex compiles to; larger ones take long to intersect with the term dictionary.</param>
/// <param name="MaxExpansions">Index terms one pattern may match in one field: more is a pattern that says nothing ("a*").</param>
/// <param name="TimeLimit">Wall time one query may take, expansion and matching together.</param>
/// <param name="MaxConcurrentExpensive">Expensive queries running at once: fewer than the cores, so plain searches always get one.</param>
/// <param name="QueueWait">How long an expensive query waits for its turn before it is refused.</param>
public sealed record QueryBudget(
    int MaxExpensiveTerms,
    int MaxPatternChars,
    int MaxRegexOperators,
    int MaxDeterminizedStates,
    int MaxExpansions,
    TimeSpan TimeLimit,
    int MaxConcurrentExpensive,
    TimeSpan QueueWait)
{
    public static QueryBudget Default { get; } = new(
        MaxExpensiveTerms: 10,
        MaxPatternChars: 100,
        MaxRegexOperators: 20,
        MaxDeterminizedStates: 10_000,
        MaxExpansions: 1_024,
        TimeLimit: TimeSpan.FromSeconds(5),
        MaxConcurrentExpensive: 1,
        QueueWait: TimeSpan.FromSeconds(2));

    /// <summary>The error for a query over one of the limits: a 400 in the API, exit code 2 in the CLI.</summary>
    public static LmecException Exceeded(string limit, string detail) =>
        new(LmecErrorKind.InvalidInput, $"the query is too expensive ({limit}): {detail}; narrow it down");
}
