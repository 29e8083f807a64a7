using System.Globalization;
using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Search.Collapsing;
using LmecKnowledgeSearch.Search.Facets;
using LmecKnowledgeSearch.Search.Queries;
using LmecKnowledgeSearch.Search.Snippets;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LmecKnowledgeSearch.Search;

/// <summary>
/// Answers searches over a <see cref="KnowledgeIndex"/>: filters, facet counts, collapsing of a document's passages
/// into one hit, paging, and highlighted snippets.
/// </summary>
public sealed class SearchService
{
    private const int FacetValuesShown = 30;

    private readonly KnowledgeIndex index;
    private readonly UserQueryBuilder queryBuilder;
    private readonly SnippetBuilder snippets;

    public SearchService(KnowledgeIndex index, UserQueryBuilder queryBuilder, SnippetBuilder snippets)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(queryBuilder);
        ArgumentNullException.ThrowIfNull(snippets);
        this.index = index;
        this.queryBuilder = queryBuilder;
        this.snippets = snippets;
    }

    public SearchResponse Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var queryText = request.Query?.Trim() ?? string.Empty;
        var hasQuery = queryText.Length > 0;
        var main = hasQuery ? queryBuilder.Build(queryText) : new MatchAllDocsQuery();

        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var collector = new MatchCollector();
        searcher.Search(WithFilters(main, request.Filters), collector);

        // Collapse in relevance order so each group keeps its best unit; then order as asked.
        var bestFirst = collector.Matches.OrderByDescending(m => m.Score).ThenBy(m => m.Doc);
        var collapsed = HitCollapser.Collapse(bestFirst, groupDocuments: hasQuery);
        var all = request.Sort == SearchSort.Date
            ? collapsed.OrderByDescending(m => m.Date).ThenByDescending(m => m.Score).ThenBy(m => m.Doc).ToList()
            : collapsed;
        var highlight = hasQuery ? HighlightTermsOf(searcher, main) : HighlightTerms.None;
        var hits = all
            .Skip((request.Page - 1) * request.Top)
            .Take(request.Top)
            .Select(m => ToHit(searcher, m, highlight))
            .ToList();
        var facetCounts = FacetCounter.Count(searcher.IndexReader, IndexSchema.Facets.Select(f => f.Field).ToList(), all.Select(m => m.Doc));
        return new SearchResponse(queryText, all.Count, hits, FacetsOf(facetCounts));
    }

    /// <summary>One unit by id, or null.</summary>
    public IndexUnit? GetUnit(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var lease = index.Acquire();
        var top = lease.Searcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 1);
        return top.TotalHits == 0 ? null : UnitDocumentMapper.FromDocument(lease.Searcher.Doc(top.ScoreDocs[0].Doc));
    }

    private static Query WithFilters(Query main, IReadOnlyDictionary<string, IReadOnlyList<string>> filters)
    {
        if (filters.Count == 0)
        {
            return main;
        }

        var combined = new BooleanQuery { { main, Occur.MUST } };
        foreach (var (name, values) in filters)
        {
            var field = IndexSchema.Facets.First(f => f.PublicName == name).Field;
            // Values of one facet widen (OR); different facets narrow (AND). Filters must not change scores.
            var anyValue = new BooleanQuery();
            foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal))
            {
                anyValue.Add(new TermQuery(new Term(field, value.Trim())), Occur.SHOULD);
            }

            if (anyValue.Clauses.Count > 0)
            {
                combined.Add(new ConstantScoreQuery(anyValue) { Boost = 0f }, Occur.MUST);
            }
        }

        return combined;
    }

    private SearchHit ToHit(IndexSearcher searcher, Match match, HighlightTerms highlight)
    {
        var unit = UnitDocumentMapper.FromDocument(searcher.Doc(match.Doc));
        return new SearchHit(
            unit.Id,
            unit.Kind,
            unit.Title,
            unit.Source,
            unit.Speaker,
            unit.Affiliation,
            unit.Themes.Select(t => t.Id).ToList(),
            unit.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            snippets.Build(unit.Text, highlight),
            Math.Round(match.Score, 4));
    }

    private static HighlightTerms HighlightTermsOf(IndexSearcher searcher, Query query)
    {
        var terms = new HashSet<Term>();
        try
        {
            searcher.Rewrite(query).ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            // Some rewritten multi-term queries cannot list their terms; the hit then shows an unmarked snippet.
            return HighlightTerms.None;
        }

        var word = new HashSet<string>(StringComparer.Ordinal);
        var bigram = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (term.Field is IndexSchema.TextBigram or IndexSchema.TitleBigram)
            {
                bigram.Add(term.Text);
            }
            else if (term.Field is IndexSchema.Text or IndexSchema.Title or IndexSchema.Heading or IndexSchema.Speaker or IndexSchema.Affiliation)
            {
                word.Add(term.Text);
            }
        }

        return new HighlightTerms(word, bigram);
    }

    private static Dictionary<string, IReadOnlyList<FacetValue>> FacetsOf(Dictionary<string, Dictionary<string, int>> counts)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>();
        foreach (var (publicName, field) in IndexSchema.Facets)
        {
            if (counts.TryGetValue(field, out var values) && values.Count > 0)
            {
                facets[publicName] = values
                    .OrderByDescending(v => v.Value)
                    .ThenBy(v => v.Key, StringComparer.Ordinal)
                    .Take(FacetValuesShown)
                    .Select(v => new FacetValue(v.Key, v.Value))
                    .ToList();
            }
        }

        return facets;
    }
}
