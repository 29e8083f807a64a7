using System.Globalization;
using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Search.Budget;
using LmecKnowledgeSearch.Search.Collapsing;
using LmecKnowledgeSearch.Search.Documents;
using LmecKnowledgeSearch.Search.Facets;
using LmecKnowledgeSearch.Search.Queries;
using LmecKnowledgeSearch.Search.Similar;
using LmecKnowledgeSearch.Search.Snippets;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace LmecKnowledgeSearch.Search;

/// <summary>
/// Answers searches over a <see cref="KnowledgeIndex"/>: filters, facet counts, collapsing of a document's passages
/// into one hit, paging, and highlighted snippets.
/// </summary>
public sealed class SearchService
{
    private const int FacetValuesShown = 30;
    private const float WantedKindBoost = 1.25f;
    private const float StandaloneEvidenceBoost = 1.15f;
    private const int MaxHitsPerDocument = 2;
    private const int MaxUnitsPerDocument = 10_000;

    /// <summary>
    /// Matches ranked and collapsed per search: at least this many, or this many per hit up to the page's end. A
    /// document's passages further down cannot lift it onto the page, so a window this deep ranks the page as
    /// collecting every match would, at a cost that does not grow with the matches.
    /// </summary>
    private const int MinimumWindow = 1000;
    private const int WindowPerHitShown = 10;
    private const int MaximumWindow = 1 << 18;

    /// <summary>Matches (between this and twice as many) whose facet values estimate the counts of a larger result.</summary>
    private const int FacetSample = 1024;

    /// <summary>Evidence units retrieved for an answer before collapsing: many times the few an answer reads.</summary>
    private const int EvidenceWindowPerUnit = 25;

    private readonly KnowledgeIndex index;
    private readonly UserQueryBuilder queryBuilder;
    private readonly SnippetBuilder snippets;
    private readonly SimilarUnitsFinder similarUnits;
    private readonly FilterValueResolver filterValues;
    private readonly QueryBudget budget;
    private readonly ExpensiveQueryGate expensiveQueries;
    private readonly FacetValueNames? facetNames;

    public SearchService(
        KnowledgeIndex index,
        UserQueryBuilder queryBuilder,
        SnippetBuilder snippets,
        SimilarUnitsFinder similarUnits,
        FilterValueResolver filterValues,
        QueryBudget? budget = null,
        FacetValueNames? facetNames = null)
    {
        this.facetNames = facetNames;
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(queryBuilder);
        ArgumentNullException.ThrowIfNull(snippets);
        ArgumentNullException.ThrowIfNull(similarUnits);
        ArgumentNullException.ThrowIfNull(filterValues);
        this.similarUnits = similarUnits;
        this.filterValues = filterValues;
        this.index = index;
        this.queryBuilder = queryBuilder;
        this.snippets = snippets;
        this.budget = budget ?? QueryBudget.Default;
        expensiveQueries = new ExpensiveQueryGate(this.budget);
    }

    public SearchResponse Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var queryText = request.Query?.Trim() ?? string.Empty;
        var hasQuery = queryText.Length > 0;
        var main = hasQuery ? queryBuilder.Build(queryText) : new MatchAllDocsQuery();

        // `*:*` asks for everything, as an empty query does: every unit, not one hit per document.
        var listsAll = main is MatchAllDocsQuery;
        using var slot = expensiveQueries.Enter(main);
        using var lease = index.Acquire();
        var wanted = listsAll ? new HashSet<string>() : KindIntent.Of(queryText);
        return Execute(lease.Searcher, queryText, WithFilters(main, request.Filters), s => listsAll ? HighlightTerms.None : HighlightOf(s, queryText), !listsAll, request, _ => true, wanted);
    }

    /// <summary>Units like the given one (more-like-this), excluding its own document and that document's renditions.</summary>
    public SearchResponse Similar(string id, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(id);
        var request = new SearchRequest { Top = top };
        request.Validate();
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var (doc, unit) = FindUnit(searcher, id) ?? throw new LmecException(LmecErrorKind.NotFound, $"no unit '{id}' in the index");
        var ownDocument = DocumentSignatureOf(searcher, doc);
        var query = similarUnits.BuildQuery(searcher, unit);
        return Execute(searcher, "similar:" + id, query, s => HighlightTermsOf(s, query), true, request, m => SimHash.Distance(m.DocumentSignature, ownDocument) > HitCollapser.NearDuplicateDistance);
    }

    /// <summary>
    /// Units that may hold the answer to a question: passages, expert views and case studies matching its words
    /// (the question is taken as plain words, never as query syntax), best first, near-identical copies merged.
    /// </summary>
    public IReadOnlyList<ScoredUnit> Retrieve(string question, int top)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (string.IsNullOrWhiteSpace(question))
        {
            return [];
        }

        var query = new BooleanQuery
        {
            { queryBuilder.Build(QueryParserBase.Escape(question)), Occur.MUST },
            { new TermQuery(new Term(IndexSchema.KindFacet, UnitKinds.Document)), Occur.MUST_NOT },
        };
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        // An expert view and the passage holding the same words are near duplicates; the view says who spoke, so it
        // is the one to keep as evidence.
        var collector = new TopMatchCollector(Math.Max(MinimumWindow / 2, top * EvidenceWindowPerUnit), byDate: false, (_, standalone) => standalone ? StandaloneEvidenceBoost : 1f, sampleLimit: 1);
        searcher.Search(query, collector);
        return HitCollapser.Collapse(collector.BestFirst(), groupDocuments: false)
            .Take(top)
            .Select(m => new ScoredUnit(UnitDocumentMapper.FromDocument(searcher.Doc(m.Doc)), m.Score))
            .ToList();
    }

    private SearchResponse Execute(
        IndexSearcher searcher,
        string queryText,
        Query query,
        Func<IndexSearcher, HighlightTerms> highlightOf,
        bool groupDocuments,
        SearchRequest request,
        Func<Match, bool> keep,
        IReadOnlySet<string>? wantedKinds = null)
    {
        // Kinds the query asks for (an expert's view, a case study) get a nudge, not a filter.
        Func<string, bool, float>? nudge = wantedKinds is { Count: > 0 } ? (kind, _) => wantedKinds.Contains(kind) ? WantedKindBoost : 1f : null;
        var pageEnd = request.Page * request.Top;
        var divided = groupDocuments && !request.Filters.ContainsKey("kind");
        var capacity = Math.Max(MinimumWindow, pageEnd * WindowPerHitShown);
        TopMatchCollector collector;
        IReadOnlyList<Match> all;
        IReadOnlyDictionary<int, IReadOnlyList<int>> casesByView;
        // A case study told inside an expert view rides on the view's card rather than repeating its text.
        Func<int, TellerAndText>? tellerAndText = groupDocuments && wantedKinds is not null ? doc => TellerAndTextOf(searcher, doc) : null;
        while (true)
        {
            collector = new TopMatchCollector(capacity, request.Sort == SearchSort.Date, nudge, FacetSample);
            searcher.Search(query, new DeadlineCollector(collector, new QueryDeadline(budget.TimeLimit)));
            (all, casesByView) = Arrange(collector.BestFirst(), groupDocuments, divided, request.Sort, keep, tellerAndText);
            // Collapsing merges a document's passages; a window that collapses to less than the page is widened.
            if (collector.Complete || all.Count >= pageEnd || capacity >= MaximumWindow)
            {
                break;
            }

            capacity = Math.Min(MaximumWindow, capacity * 4);
        }

        var highlight = groupDocuments ? highlightOf(searcher) : HighlightTerms.None;
        var hits = all
            .Skip((request.Page - 1) * request.Top)
            .Take(request.Top)
            .Select(m => ToHit(searcher, m, highlight, casesByView.GetValueOrDefault(m.Doc) ?? []))
            .ToList();
        var facetFields = IndexSchema.Facets.Select(f => f.Field).ToList();
        if (collector.Complete)
        {
            var facetCounts = FacetCounter.Count(searcher.IndexReader, facetFields, all.Select(m => m.Doc));
            CountFoldedCaseStudies(searcher.IndexReader, facetFields, casesByView, facetCounts);
            return new SearchResponse(queryText, all.Count, hits, FacetsOf(facetCounts));
        }

        // Too many matches to collapse them all: the total is the matches times the share of the window that stays
        // after collapsing, and facet counts come from an even sample of the matches scaled to that total.
        var total = (int)Math.Round((double)collector.TotalHits * all.Count / capacity);
        var sampled = FacetCounter.Count(searcher.IndexReader, facetFields, collector.Sample);
        var scale = (double)total / Math.Max(1, collector.Sample.Count);
        var estimated = sampled.ToDictionary(
            f => f.Key,
            f => f.Value.ToDictionary(v => v.Key, v => Math.Max(1, (int)Math.Round(v.Value * scale)), StringComparer.Ordinal));
        return new SearchResponse(queryText, Math.Max(total, all.Count), hits, FacetsOf(estimated)) { Approximate = true };
    }

    /// <summary>
    /// The matches in the order shown: collapsed in relevance order so each group keeps its best unit, case studies
    /// folded into the expert views that tell them, one document's hits spread out unless a kind was asked for, then
    /// ordered as the request asks.
    /// </summary>
    private static (IReadOnlyList<Match> Hits, IReadOnlyDictionary<int, IReadOnlyList<int>> CasesByView) Arrange(
        List<Match> window,
        bool groupDocuments,
        bool diversify,
        SearchSort sort,
        Func<Match, bool> keep,
        Func<int, TellerAndText>? tellerAndText)
    {
        IEnumerable<Match> bestFirst = window.Where(keep);
        if (sort == SearchSort.Date)
        {
            bestFirst = bestFirst.OrderByDescending(m => m.Score).ThenBy(m => m.Doc);
        }

        var collapsed = HitCollapser.Collapse(bestFirst, groupDocuments);
        IReadOnlyDictionary<int, IReadOnlyList<int>> casesByView = new Dictionary<int, IReadOnlyList<int>>();
        if (tellerAndText is not null)
        {
            var folded = CaseStudyFolding.Fold(collapsed, tellerAndText);
            collapsed = folded.Hits;
            casesByView = folded.CasesByView;
        }

        if (diversify)
        {
            // A user who filtered by kind wants every view or case; otherwise one document's cannot fill the page.
            collapsed = HitCollapser.Diversify(collapsed, MaxHitsPerDocument);
        }

        var ordered = sort == SearchSort.Date
            ? collapsed.OrderByDescending(m => m.Date).ThenByDescending(m => m.Score).ThenBy(m => m.Doc).ToList()
            : collapsed;
        return (ordered, casesByView);
    }

    /// <summary>
    /// A case study inside its view's card still counts for the values its view lacks: a click on such a value leaves
    /// the case without its view, as a card of its own, so each count stays the number of cards a click leaves.
    /// </summary>
    private static void CountFoldedCaseStudies(
        IndexReader reader,
        IReadOnlyList<string> fields,
        IReadOnlyDictionary<int, IReadOnlyList<int>> casesByView,
        Dictionary<string, Dictionary<string, int>> counts)
    {
        foreach (var (view, cases) in casesByView)
        {
            var viewValues = FacetCounter.Count(reader, fields, [view]);
            foreach (var caseStudy in cases)
            {
                foreach (var (field, values) in FacetCounter.Count(reader, fields, [caseStudy]))
                {
                    foreach (var value in values.Keys.Where(v => !viewValues[field].ContainsKey(v)))
                    {
                        counts[field][value] = counts[field].GetValueOrDefault(value) + 1;
                    }
                }
            }
        }
    }

    /// <summary>One unit by id, or null.</summary>
    public IndexUnit? GetUnit(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var lease = index.Acquire();
        return FindUnit(lease.Searcher, id)?.Unit;
    }

    /// <summary>
    /// The whole document a unit belongs to, as escaped HTML with the query's matches marked. Addressed by unit id
    /// only: the index maps the id to its stored text, so no request can name a file on disk.
    /// </summary>
    public DocumentView? GetDocument(string id, string? query = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        if (FindUnit(searcher, id) is not { } found)
        {
            return null;
        }

        var document = found.Unit.Kind == UnitKind.Document
            ? found.Unit
            : FindUnit(searcher, RootIds.DocumentIdOf(found.Unit.Id))?.Unit ?? found.Unit;
        var highlight = string.IsNullOrWhiteSpace(query) ? HighlightTerms.None : HighlightOf(searcher, query);
        var marks = snippets.FindMatches(document.Text, highlight);
        var units = searcher.Search(new TermQuery(new Term(IndexSchema.Source, document.Source)), MaxUnitsPerDocument).ScoreDocs
            .Select(d => UnitDocumentMapper.FromDocument(searcher.Doc(d.Doc)))
            .OrderBy(u => u.Number)
            .ToList();
        return new DocumentView(
            document.Id,
            document.Title,
            document.Source,
            document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            document.Language,
            snippets.HighlightAll(document.Text, highlight))
        {
            Blocks = DocumentLayout.Blocks(document, units, marks),
        };
    }

    private static (int Doc, IndexUnit Unit)? FindUnit(IndexSearcher searcher, string id)
    {
        var top = searcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 1);
        return top.TotalHits == 0 ? null : (top.ScoreDocs[0].Doc, UnitDocumentMapper.FromDocument(searcher.Doc(top.ScoreDocs[0].Doc)));
    }

    private static long DocumentSignatureOf(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return leaf.AtomicReader.GetNumericDocValues(IndexSchema.DocumentSignature)?.Get(doc - leaf.DocBase) ?? 0;
    }

    private Query WithFilters(Query main, IReadOnlyDictionary<string, IReadOnlyList<string>> filters)
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
            var resolved = values.Where(v => !string.IsNullOrWhiteSpace(v)).SelectMany(v => filterValues.Resolve(name, v));
            foreach (var value in resolved.Distinct(StringComparer.Ordinal))
            {
                anyValue.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
            }

            if (anyValue.Clauses.Count > 0)
            {
                combined.Add(new ConstantScoreQuery(anyValue) { Boost = 0f }, Occur.MUST);
            }
        }

        return combined;
    }

    private static readonly ISet<string> FoldingFields = new HashSet<string> { IndexSchema.Speaker, IndexSchema.Text };

    /// <summary>Where a document's expert views stand in its text: they have cards of their own.</summary>
    private static List<(int Start, int End)> ViewRangesOf(IndexSearcher searcher, IndexUnit document)
    {
        var views = new BooleanQuery
        {
            { new TermQuery(new Term(IndexSchema.Source, document.Source)), Occur.MUST },
            { new TermQuery(new Term(IndexSchema.KindFacet, UnitKinds.ExpertView)), Occur.MUST },
        };
        var ranges = new List<(int Start, int End)>();
        foreach (var hit in searcher.Search(views, MaxUnitsPerDocument).ScoreDocs)
        {
            var statement = searcher.Doc(hit.Doc, FoldingFields).Get(IndexSchema.Text) ?? string.Empty;
            var opening = statement.Length > 40 ? statement[..40] : statement;
            var start = opening.Length == 0 ? -1 : document.Text.IndexOf(opening, StringComparison.Ordinal);
            if (start >= 0)
            {
                ranges.Add((start, Math.Min(document.Text.Length, start + statement.Length)));
            }
        }

        return ranges;
    }

    private static TellerAndText TellerAndTextOf(IndexSearcher searcher, int doc)
    {
        var stored = searcher.Doc(doc, FoldingFields);
        return new TellerAndText(stored.Get(IndexSchema.Speaker), stored.Get(IndexSchema.Text) ?? string.Empty);
    }

    private SearchHit ToHit(IndexSearcher searcher, Match match, HighlightTerms highlight, IReadOnlyList<int> foldedCases)
    {
        var unit = UnitDocumentMapper.FromDocument(searcher.Doc(match.Doc));
        var cases = foldedCases
            .Select(doc => UnitDocumentMapper.FromDocument(searcher.Doc(doc)))
            .Select(c => new FoldedCaseStudy(c.Id, UnitLabels.Of(c), c.Details))
            .ToList();
        return new SearchHit(
            unit.Id,
            UnitKinds.NameOf(unit.Kind),
            unit.Title,
            unit.Source,
            unit.Speaker,
            unit.Affiliation,
            unit.Themes.Select(t => t.Id).ToList(),
            unit.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            snippets.Build(unit.Text, highlight, unit.Kind == UnitKind.Document ? ViewRangesOf(searcher, unit) : null),
            Math.Round(match.Score, 4))
        {
            Label = UnitLabels.Of(unit),
            Details = unit.Details,
            CaseStudies = cases,
        };
    }

    /// <summary>The user's own words and the direct translations of the concepts they name; never related expansions.</summary>
    private HighlightTerms HighlightOf(IndexSearcher searcher, string queryText)
    {
        var (own, translations) = queryBuilder.HighlightSources(queryText);
        var terms = HighlightTermsOf(searcher, own);
        // A single character the segmenter split off a longer query (与 in 性别与气候) is a function word, not what was asked.
        var longQuery = !IsSingleCharacter(queryText);
        return new HighlightTerms(
            terms.WordTerms.Where(t => !(longQuery && IsSingleCharacter(t) && HanCharacters.IsHan(t[0]))).ToHashSet(StringComparer.Ordinal),
            terms.BigramTerms)
        {
            Phrases = translations.Where(t => !IsSingleCharacter(t)).ToList(),
        };
    }

    private static bool IsSingleCharacter(string text) => text.Trim().EnumerateRunes().Count() <= 1;

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

    private Dictionary<string, IReadOnlyList<FacetValue>> FacetsOf(Dictionary<string, Dictionary<string, int>> counts)
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
                    .Select(v => facetNames?.Name(publicName, v) ?? v)
                    .ToList();
            }
        }

        return facets;
    }
}
