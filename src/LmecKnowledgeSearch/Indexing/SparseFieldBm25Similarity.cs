using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace LmecKnowledgeSearch.Indexing;

/// <summary>
/// BM25 whose average field length counts only the units that have the field. Lucene 4.8 divides by all documents,
/// so in a field only some units carry (speaker, affiliation, heading) the average is near zero and a match there
/// scores almost nothing: a query naming a speaker would not find their view.
/// </summary>
public sealed class SparseFieldBm25Similarity : BM25Similarity
{
    protected override float AvgFieldLength(CollectionStatistics collectionStats)
    {
        ArgumentNullException.ThrowIfNull(collectionStats);
        var sumTotalTermFreq = collectionStats.SumTotalTermFreq;
        var docCount = collectionStats.DocCount;
        return sumTotalTermFreq <= 0 || docCount <= 0 ? 1f : (float)((double)sumTotalTermFreq / docCount);
    }
}
