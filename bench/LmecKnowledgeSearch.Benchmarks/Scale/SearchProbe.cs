using System.Diagnostics;
using LmecKnowledgeSearch.Analysis;
using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Search.Facets;
using LmecKnowledgeSearch.Search.Glossary;
using LmecKnowledgeSearch.Search.Queries;
using LmecKnowledgeSearch.Search.Snippets;

namespace LmecKnowledgeSearch.Benchmarks.Scale;

/// <summary>`scale-probe INDEX QUERY...`: where one search's time goes (query building, collecting, page, facets), warm.</summary>
internal static class SearchProbe
{
    public static int Run(string indexPath, IReadOnlyList<string> queries, TextWriter output)
    {
        var segmenter = SegmenterFactory.CreateDefault();
        var analyzer = IndexSchema.CreateAnalyzer(segmenter);
        var builder = new UserQueryBuilder(analyzer, new GlossaryQueryExpander(new GlossarySource(null, GlossaryQueryExpander.SearchWeights), analyzer));
        var snippets = new SnippetBuilder(new WordAnalyzer(segmenter), new BigramAnalyzer());
        using var index = KnowledgeIndex.Open(indexPath);
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var facetFields = IndexSchema.Facets.Select(f => f.Field).ToList();
        for (var round = 0; round < 3; round++)
        {
            foreach (var text in queries)
            {
                var clock = Stopwatch.StartNew();
                var query = builder.Build(text);
                var built = clock.Elapsed.TotalMilliseconds;
                var collector = new TopMatchCollector(1000, byDate: false);
                searcher.Search(query, collector);
                var searched = clock.Elapsed.TotalMilliseconds;
                var best = collector.BestFirst();
                var page = best.Take(10).Select(m => UnitDocumentMapper.FromDocument(searcher.Doc(m.Doc))).ToList();
                var loaded = clock.Elapsed.TotalMilliseconds;
                var terms = new HighlightTerms(new HashSet<string>([text]), new HashSet<string>());
                foreach (var unit in page)
                {
                    _ = snippets.Build(unit.Text, terms);
                }

                var snipped = clock.Elapsed.TotalMilliseconds;
                _ = FacetCounter.Count(searcher.IndexReader, facetFields, best.Select(m => m.Doc));
                var counted = clock.Elapsed.TotalMilliseconds;
                if (round == 2)
                {
                    output.WriteLine($"{text}: {collector.TotalHits} matches; build {built:0.0} ms, search {searched - built:0.0}, load page {loaded - searched:0.0}, snippets {snipped - loaded:0.0}, facets {counted - snipped:0.0}; query clauses {query.ToString().Length} chars");
                }
            }
        }

        return 0;
    }
}
