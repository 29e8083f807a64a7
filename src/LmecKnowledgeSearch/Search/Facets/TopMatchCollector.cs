using LmecKnowledgeSearch.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LmecKnowledgeSearch.Search.Facets;

/// <summary>
/// Collects the best <c>capacity</c> matches of a query (by score, or by date then score), counts every match, and
/// keeps an evenly strided sample of the matches for facet estimates — so the cost of a search is a heap of the
/// window, not a list of every match. Ties break by doc id, as a full sort would.
/// </summary>
public sealed class TopMatchCollector : ICollector
{
    private readonly int capacity;
    private readonly bool byDate;
    private readonly Func<string, bool, float> scoreFactor;
    private readonly PriorityQueue<Match, Match> window;
    private readonly IComparer<Match> order;
    private readonly int sampleLimit;
    private readonly List<int> sample = [];
    private int sampleStride = 1;
    private Scorer? scorer;
    private int docBase;
    private NumericDocValues? dateValues;
    private NumericDocValues? standaloneValues;
    private NumericDocValues? unitSignatures;
    private NumericDocValues? documentSignatures;
    private SortedSetDocValues? kinds;
    private string[] kindByOrd = [];

    /// <param name="capacity">How many of the best matches to keep.</param>
    /// <param name="byDate">Keep the newest rather than the best scoring (date, then score).</param>
    /// <param name="scoreFactor">A multiplier for a match's score from its kind and whether it stands alone.</param>
    /// <param name="sampleLimit">At most twice this many matches are kept as a sample for facet estimates.</param>
    public TopMatchCollector(int capacity, bool byDate, Func<string, bool, float>? scoreFactor = null, int sampleLimit = 4096)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        this.capacity = capacity;
        this.byDate = byDate;
        this.scoreFactor = scoreFactor ?? ((_, _) => 1f);
        this.sampleLimit = sampleLimit;
        order = Comparer<Match>.Create(byDate ? CompareByDate : CompareByScore);
        // The queue's head is the worst match kept, the one the next better match replaces.
        window = new PriorityQueue<Match, Match>(Comparer<Match>.Create((a, b) => order.Compare(b, a)));
    }

    /// <summary>Every match of the query.</summary>
    public int TotalHits { get; private set; }

    /// <summary>Whether the window holds every match, so results, totals and facets computed from it are exact.</summary>
    public bool Complete => TotalHits <= capacity;

    /// <summary>Global doc ids of an even sample of all matches (every match while there are few).</summary>
    public IReadOnlyList<int> Sample => sample;

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>The kept matches, best first (by score, or newest first when collecting by date).</summary>
    public List<Match> BestFirst()
    {
        var list = window.UnorderedItems.Select(i => i.Element).ToList();
        list.Sort(order);
        return list;
    }

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        docBase = context.DocBase;
        var reader = context.AtomicReader;
        dateValues = reader.GetNumericDocValues(IndexSchema.DateSort);
        standaloneValues = reader.GetNumericDocValues(IndexSchema.Standalone);
        unitSignatures = reader.GetNumericDocValues(IndexSchema.UnitSignature);
        documentSignatures = reader.GetNumericDocValues(IndexSchema.DocumentSignature);
        kinds = reader.GetSortedSetDocValues(IndexSchema.KindFacet);
        kindByOrd = new string[kinds?.ValueCount ?? 0];
        var bytes = new BytesRef();
        for (var ord = 0; ord < kindByOrd.Length; ord++)
        {
            kinds!.LookupOrd(ord, bytes);
            kindByOrd[ord] = bytes.Utf8ToString();
        }
    }

    public void Collect(int doc)
    {
        if (TotalHits++ % sampleStride == 0)
        {
            AddToSample(docBase + doc);
        }

        var kind = KindOf(doc);
        var standalone = (standaloneValues?.Get(doc) ?? 0) == 1;
        var score = (scorer?.GetScore() ?? 0f) * scoreFactor(kind, standalone);
        var date = byDate ? dateValues?.Get(doc) ?? 0 : 0;
        if (window.Count >= capacity)
        {
            var worst = window.Peek();
            var candidate = new Match(docBase + doc, score, date, standalone, 0, 0, kind);
            if (order.Compare(candidate, worst) >= 0)
            {
                return;
            }
        }

        var match = new Match(
            docBase + doc,
            score,
            byDate ? date : dateValues?.Get(doc) ?? 0,
            standalone,
            unitSignatures?.Get(doc) ?? 0,
            documentSignatures?.Get(doc) ?? 0,
            kind);
        if (window.Count >= capacity)
        {
            window.DequeueEnqueue(match, match);
        }
        else
        {
            window.Enqueue(match, match);
        }
    }

    /// <summary>Keeps every stride-th match; when the sample is full, every other one is dropped and the stride doubles.</summary>
    private void AddToSample(int doc)
    {
        sample.Add(doc);
        if (sample.Count >= 2 * sampleLimit)
        {
            var kept = 0;
            for (var i = 0; i < sample.Count; i += 2)
            {
                sample[kept++] = sample[i];
            }

            sample.RemoveRange(kept, sample.Count - kept);
            sampleStride *= 2;
        }
    }

    private string KindOf(int doc)
    {
        if (kinds is null)
        {
            return UnitKinds.Passage;
        }

        kinds.SetDocument(doc);
        var ord = kinds.NextOrd();
        return ord == SortedSetDocValues.NO_MORE_ORDS ? UnitKinds.Passage : kindByOrd[ord];
    }

    private static int CompareByScore(Match a, Match b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        return byScore != 0 ? byScore : a.Doc.CompareTo(b.Doc);
    }

    private static int CompareByDate(Match a, Match b)
    {
        var newer = b.Date.CompareTo(a.Date);
        return newer != 0 ? newer : CompareByScore(a, b);
    }
}
