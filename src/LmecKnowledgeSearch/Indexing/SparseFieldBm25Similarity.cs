using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace LmecKnowledgeSearch.Indexing;

/// <summary>
/// BM25 with coordination, whose average field length counts only the units that have the field. Lucene 4.8 divides by all documents,
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

    /// <summary>
    /// A softened share of the query's clauses a unit matches: BM25 alone lets a text that repeats one of three
    /// concepts ("Qinghai Lake" forty times) outrank one that has all three. Queries turn it off where their clauses
    /// are alternatives (fields, translations) rather than parts of the question.
    /// </summary>
    public override float Coord(int overlap, int maxOverlap) =>
        maxOverlap <= 1 ? 1f : (float)Math.Sqrt((double)overlap / maxOverlap);
}
