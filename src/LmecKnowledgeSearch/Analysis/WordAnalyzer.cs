using LmecKnowledgeSearch.Analysis.Chinese;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;

namespace LmecKnowledgeSearch.Analysis;

/// <summary>The word field's analyzer: Chinese words from the segmenter, English words lower-cased and stemmed, widths folded.</summary>
public sealed class WordAnalyzer : Analyzer
{
    private readonly ISegmenter segmenter;

    public WordAnalyzer(ISegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        this.segmenter = segmenter;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new ChineseWordTokenizer(reader, segmenter);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(LuceneMatch.Version, stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
