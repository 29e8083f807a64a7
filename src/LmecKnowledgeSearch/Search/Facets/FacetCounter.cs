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

                // A dense array when the hits are many for the field's values, a dictionary when they are few.
                var docsInLeaf = group.ToList();
                var dense = (long)docsInLeaf.Count * 8 >= values.ValueCount;
                var byOrd = dense ? new int[values.ValueCount] : [];
                var sparse = dense ? null : new Dictionary<long, int>();
                foreach (var doc in docsInLeaf)
                {
                    values.SetDocument(doc - leaf.DocBase);
                    for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                    {
                        if (sparse is null)
                        {
                            byOrd[ord]++;
                        }
                        else
                        {
                            sparse[ord] = sparse.GetValueOrDefault(ord) + 1;
                        }
                    }
                }

                var fieldCounts = counts[field];
                var occurring = sparse ?? Enumerable.Range(0, byOrd.Length).Where(ord => byOrd[ord] > 0).ToDictionary(ord => (long)ord, ord => byOrd[ord]);
                foreach (var (ord, count) in occurring)
                {
                    values.LookupOrd(ord, scratch);
                    var value = scratch.Utf8ToString();
                    fieldCounts[value] = fieldCounts.GetValueOrDefault(value) + count;
                }
            }
        }

        return counts;
    }
}
