using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace LmecKnowledgeSearch.Analysis;

/// <summary>The recall field's analyzer: overlapping CJK bigrams, so text the segmenter splits differently still matches.</summary>
public sealed class BigramAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        // StandardTokenizer drops tokens longer than its MaxTokenLength (TermLength.MaxTermChars), so no term here is immense.
        var tokenizer = new StandardTokenizer(LuceneMatch.Version, reader) { MaxTokenLength = TermLength.MaxTermChars };
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(LuceneMatch.Version, stream);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
