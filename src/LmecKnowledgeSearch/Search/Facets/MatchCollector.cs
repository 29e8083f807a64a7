using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LmecKnowledgeSearch.Search.Facets;

/// <summary>One matching unit: global doc id, score, collapse key and date for sorting.</summary>
public readonly record struct Match(int Doc, float Score, string CollapseKey, long Date);

/// <summary>
/// Collects every match of a query in one pass: its score and collapse key (for grouping a document's passages)
/// and the facet counts from SortedSetDocValues, so counts always reflect the current query and filters.
/// </summary>
public sealed class MatchCollector : ICollector
{
    private readonly IReadOnlyList<string> facetFields;
    private readonly List<Match> matches = [];
    private readonly Dictionary<string, Dictionary<string, int>> facetCounts = [];
    private readonly BytesRef scratch = new();
    private Scorer? scorer;
    private int docBase;
    private SortedDocValues? collapseValues;
    private NumericDocValues? dateValues;
    private SortedSetDocValues?[] segmentFacets = [];
    private long[][] segmentOrdCounts = [];

    public MatchCollector(IReadOnlyList<string> facetFields, string collapseField, string dateField)
    {
        this.facetFields = facetFields;
        CollapseField = collapseField;
        DateField = dateField;
        foreach (var field in facetFields)
        {
            facetCounts[field] = new Dictionary<string, int>(StringComparer.Ordinal);
        }
    }

    public string CollapseField { get; }

    public string DateField { get; }

    public IReadOnlyList<Match> Matches => matches;

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>Facet field → value → count, complete once the search has finished.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, int>> FacetCounts
    {
        get
        {
            FlushSegmentCounts();
            return facetCounts;
        }
    }

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegmentCounts();
        docBase = context.DocBase;
        var reader = context.AtomicReader;
        collapseValues = reader.GetSortedDocValues(CollapseField);
        dateValues = reader.GetNumericDocValues(DateField);
        segmentFacets = facetFields.Select(f => reader.GetSortedSetDocValues(f)).ToArray();
        segmentOrdCounts = segmentFacets.Select(v => v is null ? [] : new long[v.ValueCount]).ToArray();
    }

    public void Collect(int doc)
    {
        var key = string.Empty;
        if (collapseValues is not null)
        {
            collapseValues.Get(doc, scratch);
            key = scratch.Utf8ToString();
        }

        matches.Add(new Match(docBase + doc, scorer?.GetScore() ?? 0f, key, dateValues?.Get(doc) ?? 0));
        for (var i = 0; i < segmentFacets.Length; i++)
        {
            var values = segmentFacets[i];
            if (values is null)
            {
                continue;
            }

            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                segmentOrdCounts[i][ord]++;
            }
        }
    }

    private void FlushSegmentCounts()
    {
        for (var i = 0; i < segmentFacets.Length; i++)
        {
            var values = segmentFacets[i];
            if (values is null)
            {
                continue;
            }

            var counts = facetCounts[facetFields[i]];
            var ordCounts = segmentOrdCounts[i];
            for (var ord = 0; ord < ordCounts.Length; ord++)
            {
                if (ordCounts[ord] == 0)
                {
                    continue;
                }

                values.LookupOrd(ord, scratch);
                var value = scratch.Utf8ToString();
                counts[value] = counts.GetValueOrDefault(value) + (int)ordCounts[ord];
                ordCounts[ord] = 0;
            }
        }
    }
}
