using LmecKnowledgeSearch.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace LmecKnowledgeSearch.Search.Similar;

/// <summary>
/// Builds the "more like this" query for a unit: its most distinctive words and bigrams (Lucene's MoreLikeThis over
/// the word and bigram fields), restricted to the unit's own kind when it is an expert view or case study, so that
/// "similar" on a case study lists other case studies.
/// </summary>
public sealed class SimilarUnitsFinder
{
    private readonly Analyzer analyzer;

    public SimilarUnitsFinder(Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        this.analyzer = analyzer;
    }

    public Query BuildQuery(IndexSearcher searcher, IndexUnit unit)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(unit);
        var moreLikeThis = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = analyzer,
            MinTermFreq = 1,
            MinDocFreq = 2,
            MaxQueryTerms = 30,
            FieldNames = [IndexSchema.Text, IndexSchema.TextBigram],
        };
        var like = new BooleanQuery
        {
            { moreLikeThis.Like(new StringReader(unit.Text), IndexSchema.Text), Occur.SHOULD },
            { moreLikeThis.Like(new StringReader(unit.Text), IndexSchema.TextBigram), Occur.SHOULD },
        };
        var query = new BooleanQuery
        {
            { like, Occur.MUST },
            // The unit's own document is no news to the reader.
            { new TermQuery(new Lucene.Net.Index.Term(IndexSchema.Source, unit.Source)), Occur.MUST_NOT },
        };
        if (!UnitDocumentMapper.IsStandalone(unit))
        {
            query.Add(new TermQuery(new Lucene.Net.Index.Term(IndexSchema.KindFacet, UnitKinds.CaseStudy)), Occur.MUST_NOT);
            query.Add(new TermQuery(new Lucene.Net.Index.Term(IndexSchema.KindFacet, UnitKinds.ExpertView)), Occur.MUST_NOT);
        }
        else
        {
            query.Add(new ConstantScoreQuery(new TermQuery(new Lucene.Net.Index.Term(IndexSchema.KindFacet, UnitKinds.NameOf(unit.Kind)))) { Boost = 0f }, Occur.MUST);
        }

        return query;
    }
}
