using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Search;
using LmecKnowledgeSearch.Search.Facets;
using LmecKnowledgeSearch.Tests.Fixtures;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Search.Facets;

/// <summary>The bounded window of a search over the real shared corpus: the same best matches as collecting them all.</summary>
[Collection(SharedCorpusCollection.Name)]
public sealed class TopMatchCollectorTests(SharedCorpusIndex shared)
{
    [SharedCorpusFact]
    public void Keeps_the_same_best_matches_in_the_same_order_as_a_window_holding_every_match()
    {
        using var directory = FSDirectory.Open(shared.Knowledge!.IndexPath);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexSchema.Text, "生态")), Occur.SHOULD },
            { new TermQuery(new Term(IndexSchema.Text, "保护")), Occur.SHOULD },
        };

        var everything = new TopMatchCollector(reader.MaxDoc, byDate: false);
        searcher.Search(query, everything);
        var window = new TopMatchCollector(25, byDate: false, sampleLimit: 16);
        searcher.Search(query, window);

        Assert.True(everything.TotalHits > 100, $"only {everything.TotalHits} matches");
        Assert.True(everything.Complete);
        Assert.False(window.Complete);
        Assert.Equal(everything.TotalHits, window.TotalHits);
        Assert.Equal(everything.BestFirst().Take(25).Select(m => (m.Doc, m.Score)), window.BestFirst().Select(m => (m.Doc, m.Score)));
        Assert.InRange(window.Sample.Count, 16, 32);
        Assert.Equal(window.Sample.Count, window.Sample.Distinct().Count());
    }

    [SharedCorpusFact]
    public void Newest_first_window_holds_the_newest_matches()
    {
        using var directory = FSDirectory.Open(shared.Knowledge!.IndexPath);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var query = new TermQuery(new Term(IndexSchema.Text, "生态"));

        var everything = new TopMatchCollector(reader.MaxDoc, byDate: true);
        searcher.Search(query, everything);
        var window = new TopMatchCollector(10, byDate: true);
        searcher.Search(query, window);

        var newest = window.BestFirst();
        Assert.Equal(everything.BestFirst().Take(10).Select(m => m.Doc), newest.Select(m => m.Doc));
        Assert.True(newest.Zip(newest.Skip(1)).All(p => p.First.Date >= p.Second.Date));
    }

    [SharedCorpusFact]
    public void Listing_every_unit_estimates_its_total_and_says_so_while_a_narrow_query_counts_exactly()
    {
        var all = shared.Knowledge!.Search.Search(new SearchRequest());
        var narrow = shared.Knowledge.Search.Search(new SearchRequest { Query = "橡胶林" });

        Assert.True(all.Approximate);
        Assert.Equal(10, all.Hits.Count);
        Assert.InRange(all.Total, shared.Report!.Units / 4, shared.Report.Units);
        Assert.True(all.Facets["kind"].Sum(v => v.Count) >= all.Total / 2);
        Assert.False(narrow.Approximate);
        Assert.True(narrow.Total > 0);
    }
}
