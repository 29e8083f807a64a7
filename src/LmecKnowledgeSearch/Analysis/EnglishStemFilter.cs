using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace LmecKnowledgeSearch.Analysis;

/// <summary>
/// English tokens replaced by <see cref="EnglishWords.Stem"/>, so the index conflates words exactly as answer matching
/// and the glossary's folding do (plurals, -ise/-ize, irregular plurals, then Porter). Other tokens pass unchanged.
/// </summary>
public sealed class EnglishStemFilter : TokenFilter
{
    private readonly EnglishStemmer stemmer = new();
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;

    public EnglishStemFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!keyword.IsKeyword && term.Length > 0 && char.IsAsciiLetter(term.Buffer[0]))
        {
            var word = term.ToString();
            var stemmed = stemmer.Stem(word);
            if (!string.Equals(stemmed, word, StringComparison.Ordinal))
            {
                term.SetEmpty().Append(stemmed);
            }
        }

        return true;
    }
}
