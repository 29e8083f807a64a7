using LmecKnowledgeSearch.Search;
using LmecKnowledgeSearch.Search.Budget;
using LmecKnowledgeSearch.Tests.Fixtures;
using Lucene.Net.Search;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Hostile;

/// <summary>
/// Queries within the length limit that would take seconds (issue 12): each is refused quickly with the limit it hit,
/// and plain queries are untouched.
/// </summary>
public sealed class QueryBudgetTests : IClassFixture<SeedKnowledgeBase>
{
    private readonly SearchService search;

    public QueryBudgetTests(SeedKnowledgeBase seed)
    {
        search = seed.Knowledge.Search;
    }

    public static TheoryData<string, string> ExpensiveQueries => new()
    {
        // A 992-character regular expression took 7 s before.
        { "/" + string.Concat(Enumerable.Repeat("(a|b|c)*[x-z]+", 70)) + "/", "max pattern length" },
        { "/(a|b)*(c|d)*(e|f)*(g|h)*(i|j)*(k|l)*(m|n)*(o|p)*/", "max regex operators" },
        // Forty fuzzy terms took 6 s before.
        { string.Join(' ', Enumerable.Range(0, 40).Select(i => $"mangrove{i}~2")), "max expensive terms" },
        { "/.*/", "max expansions" },
        { "title:" + new string('a', 150) + "*", "max pattern length" },
    };

    [Theory]
    [MemberData(nameof(ExpensiveQueries))]
    public void An_expensive_query_is_refused_naming_the_limit(string query, string limit)
    {
        var error = Assert.Throws<LmecException>(() => search.Search(new SearchRequest { Query = query }));

        Assert.Equal(LmecErrorKind.InvalidInput, error.Kind);
        Assert.Contains(limit, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("橡胶*")]
    [InlineData("mangrove~1")]
    [InlineData("/橡胶.?/")]
    public void Modest_patterns_still_search(string query)
    {
        var response = search.Search(new SearchRequest { Query = query });

        Assert.True(response.Total >= 0);
    }

    [Fact]
    public void Match_all_syntax_lists_every_unit_like_the_empty_query()
    {
        var all = search.Search(new SearchRequest { Query = "*:*" });
        var empty = search.Search(new SearchRequest());

        Assert.Equal(empty.Total, all.Total);
        Assert.True(all.Total > 10);
    }

    [Fact]
    public void A_query_past_its_time_is_stopped_with_the_time_limit_named()
    {
        var deadline = new QueryDeadline(TimeSpan.Zero);
        Thread.Sleep(5);

        var error = Assert.Throws<LmecException>(deadline.Check);

        Assert.Contains("time limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_allowed_number_of_expensive_queries_run_at_once()
    {
        using var gate = new ExpensiveQueryGate(QueryBudget.Default with { MaxConcurrentExpensive = 1, QueueWait = TimeSpan.FromMilliseconds(50) });
        var wildcard = new WildcardQuery(new Lucene.Net.Index.Term("text", "橡*"));

        using var first = gate.Enter(wildcard);
        var error = Assert.Throws<LmecException>(() => gate.Enter(wildcard));

        Assert.NotNull(first);
        Assert.Equal(LmecErrorKind.Overloaded, error.Kind);
        Assert.Null(gate.Enter(new TermQuery(new Lucene.Net.Index.Term("text", "橡胶"))));
    }
}
