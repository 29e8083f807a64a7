using Lucene.Net.Index;
using Lucene.Net.Util;

namespace LmecKnowledgeSearch.Search.Facets;

/// <summary>
/// Counts facet values from SortedSetDocValues over the hits a user gets (after filters and collapsing), so every
/// count is the number of results a click on that value would leave. Ordinals are counted per segment in an array;
/// only values that occur are turned into strings.
/// </summary>
public static class FacetCounter
{
    public static Dictionary<string, Dictionary<string, int>> Count(IndexReader reader, IReadOnlyList<string> facetFields, IEnumerable<int> docs)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(facetFields);
        ArgumentNullException.ThrowIfNull(docs);
        var counts = facetFields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        var leaves = reader.Leaves;
        var scratch = new BytesRef();
        foreach (var group in docs.GroupBy(doc => ReaderUtil.SubIndex(doc, leaves)))
        {
            var leaf = leaves[group.Key];
            foreach (var field in facetFields)
            {
                var values = leaf.AtomicReader.GetSortedSetDocValues(field);
                if (values is null || values.ValueCount == 0)
                {
                    continue;
                }

                var byOrd = new int[values.ValueCount];
                foreach (var doc in group)
                {
                    values.SetDocument(doc - leaf.DocBase);
                    for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                    {
                        byOrd[ord]++;
                    }
                }

                var fieldCounts = counts[field];
                for (var ord = 0; ord < byOrd.Length; ord++)
                {
                    if (byOrd[ord] > 0)
                    {
                        values.LookupOrd(ord, scratch);
                        var value = scratch.Utf8ToString();
                        fieldCounts[value] = fieldCounts.GetValueOrDefault(value) + byOrd[ord];
                    }
                }
            }
        }

        return counts;
    }
}
