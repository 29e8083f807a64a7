using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Search.Glossary;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LmecKnowledgeSearch.Search.Queries;

/// <summary>
/// Turns the glossary concepts of a query into a query over their terms in the other language and their synonyms, so
/// an English query reaches Chinese text and the reverse. Each concept counts once however many of its terms match
/// (a disjunction-max over its terms), and every term weighs less than the user's own words. Words the glossary does not
/// know are translated through the broad dictionary, when one is given, each source word's translations scored as one
/// concept against the index (<see cref="TranslationSetQuery"/>).
/// </summary>
public sealed class GlossaryQueryExpander
{
    private const float TieBreaker = 0.1f;
    private const double PresenceWeight = 0.01;

    /// <summary>
    /// Translations weigh nearly as much as the user's words: in a bilingual archive the other language's documents
    /// are as relevant as the query's own, and they can only be reached through them. Still below 1, so an exact
    /// match ranks first when all else is equal.
    /// </summary>
    public static ExpansionWeights SearchWeights { get; } = new(Translation: 0.8, TranslationSynonym: 0.65, Synonym: 0.5, Acronym: 0.5, Narrower: 0.3, Broader: 0.2);

    /// <summary>Where expansion terms are looked for, with the user query's boosts; the bigram fields catch Chinese terms the segmenter splits.</summary>
    private static readonly string[] Fields = [IndexSchema.Title, IndexSchema.Text, IndexSchema.Heading, IndexSchema.TitleBigram, IndexSchema.TextBigram, IndexSchema.Affiliation];

    private readonly GlossarySource? concepts;
    private readonly Lazy<DictionaryTranslator>? dictionary;
    private readonly Analyzer analyzer;
    private readonly QueryBuilder phrases;

    /// <param name="concepts">The curated glossary; null leaves translation to the dictionary alone.</param>
    /// <param name="dictionary">The broad dictionary beneath the glossary, created on first use; null translates through the glossary alone.</param>
    public GlossaryQueryExpander(GlossarySource? concepts, Analyzer analyzer, Lazy<DictionaryTranslator>? dictionary = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        this.concepts = concepts;
        this.dictionary = dictionary;
        this.analyzer = analyzer;
        phrases = new QueryBuilder(analyzer);
    }

    /// <summary>
    /// The glossary concepts <paramref name="queryText"/> names, where it names them, with their terms; then the
    /// dictionary's translations of what the glossary left (domain <see cref="DictionaryTranslator.Domain"/>).
    /// </summary>
    public IReadOnlyList<QueryExpansion> Recognize(string queryText)
    {
        ArgumentNullException.ThrowIfNull(queryText);
        var curated = concepts?.Recognizer.Recognize(queryText) ?? [];
        if (dictionary is null)
        {
            return curated;
        }

        var translated = dictionary.Value.Translate(queryText, curated);
        return translated.Count == 0 ? curated : [.. curated.Concat(translated).OrderBy(e => e.Start)];
    }

    /// <summary>The query over the recognised concepts' terms, or null when there are none.</summary>
    public Query? Expand(IReadOnlyList<QueryExpansion> expansions)
    {
        ArgumentNullException.ThrowIfNull(expansions);
        if (expansions.Count == 0)
        {
            return null;
        }

        var result = new BooleanQuery();
        foreach (var bySpan in expansions.GroupBy(e => (e.Start, e.Length)))
        {
            if (bySpan.First().Concept.Domain == DictionaryTranslator.Domain)
            {
                if (TranslationSet(bySpan.First()) is { } set)
                {
                    result.Add(set, Occur.SHOULD);
                }

                continue;
            }

            var perConcept = new DisjunctionMaxQuery(TieBreaker);
            foreach (var term in bySpan.SelectMany(e => e.Terms))
            {
                if (FieldsQuery(term.Text, term.Weight) is { } query)
                {
                    perConcept.Add(query);
                }
            }

            // The user's own words for the concept are scored by the user query; here they only mark the concept as
            // present, so a document that names it in the query's language is not counted as missing it.
            if (perConcept.Disjuncts.Count > 0 && FieldsQuery(bySpan.First().Surface, PresenceWeight) is { } own)
            {
                perConcept.Add(own);
            }

            if (perConcept.Disjuncts.Count > 0)
            {
                result.Add(perConcept, Occur.SHOULD);
            }
        }

        return result.Clauses.Count == 0 ? null : result;
    }

    private TranslationSetQuery? TranslationSet(QueryExpansion expansion)
    {
        var alternatives = new List<TranslationAlternative>();
        foreach (var term in expansion.Terms)
        {
            if (FieldsQuery(term.Text, term.Weight) is { } query)
            {
                alternatives.Add(new TranslationAlternative(query, BodyTerms(term.Text)));
            }
        }

        return alternatives.Count == 0 ? null : new TranslationSetQuery(alternatives, FieldsQuery(expansion.Surface, PresenceWeight));
    }

    private List<Term> BodyTerms(string text)
    {
        var terms = new List<Term>();
        using var stream = analyzer.GetTokenStream(IndexSchema.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(new Term(IndexSchema.Text, term.ToString()));
        }

        stream.End();
        return terms;
    }

    // Fields add up, as they do for the user's own words (MultiFieldQueryParser), so a translated match can weigh
    // what a match of the user's words in the same fields weighs.
    private Query? FieldsQuery(string text, double weight)
    {
        var perField = new BooleanQuery(disableCoord: true);
        foreach (var field in Fields)
        {
            var boost = UserQueryBuilder.FieldBoosts[field];
            if (phrases.CreatePhraseQuery(field, text) is { } query)
            {
                query.Boost = boost * (float)weight;
                perField.Add(query, Occur.SHOULD);
            }
        }

        return perField.Clauses.Count == 0 ? null : perField;
    }
}
