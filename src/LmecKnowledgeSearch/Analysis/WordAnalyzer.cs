using LmecKnowledgeSearch.Analysis.Chinese;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;

namespace LmecKnowledgeSearch.Analysis;

/// <summary>
/// The word field's analyzer: Chinese words from the segmenter, English words lower-cased, stop words dropped (leaving a
/// position gap, so phrase queries stay honest) and stemmed by <see cref="EnglishStemFilter"/>; full-width and half-width forms folded.
/// </summary>
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
        // An over-long token is cut, never fatal: Lucene rejects a whole document over one immense term.
        TokenStream stream = new TruncateTokenFilter(tokenizer, TermLength.MaxTermChars);
        // The tokenizer already folded full-width ASCII; CJKWidthFilter still turns half-width katakana full-width.
        stream = new CJKWidthFilter(stream);
        stream = new LowerCaseFilter(LuceneMatch.Version, stream);
        stream = new StopFilter(LuceneMatch.Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new EnglishStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
