using LmecKnowledgeSearch.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LmecKnowledgeSearch.Search.Facets;

/// <summary>
/// One matching unit: global doc id, score, date for sorting, and what collapsing needs: whether it stands alone
/// (expert view, case study) and the content signatures of the unit and of its document.
/// </summary>
public readonly record struct Match(int Doc, float Score, long Date, bool Standalone, long UnitSignature, long DocumentSignature, string Kind);

/// <summary>Collects every match of a query in one pass, with the doc values that collapsing and sorting need.</summary>
public sealed class MatchCollector : ICollector
{
    private readonly List<Match> matches = [];
    private Scorer? scorer;
    private int docBase;
    private NumericDocValues? dateValues;
    private NumericDocValues? standaloneValues;
    private NumericDocValues? unitSignatures;
    private NumericDocValues? documentSignatures;
    private SortedSetDocValues? kinds;
    private string[] kindByOrd = [];

    public IReadOnlyList<Match> Matches => matches;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
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

    public void Collect(int doc)
    {
        matches.Add(new Match(
            docBase + doc,
            scorer?.GetScore() ?? 0f,
            dateValues?.Get(doc) ?? 0,
            (standaloneValues?.Get(doc) ?? 0) == 1,
            unitSignatures?.Get(doc) ?? 0,
            documentSignatures?.Get(doc) ?? 0,
            KindOf(doc)));
    }
}
