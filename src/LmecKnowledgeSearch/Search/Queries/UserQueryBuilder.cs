using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Analysis;
using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Search.Budget;
using LmecKnowledgeSearch.Search.Glossary;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace LmecKnowledgeSearch.Search.Queries;

/// <summary>
/// Parses what the user typed with Lucene's query syntax (quotes, AND/OR/NOT, field:value) over the word and bigram
/// fields with field boosts. Syntax errors become a clear <see cref="LmecException"/>, never a parser stack trace.
/// </summary>
public sealed partial class UserQueryBuilder
{
    /// <summary>Title, speaker and headings say what a unit is about, so matches there count more than in body text.</summary>
    public static IReadOnlyDictionary<string, float> FieldBoosts { get; } = new Dictionary<string, float>
    {
        [IndexSchema.Title] = 2.5f,
        [IndexSchema.TitleBigram] = 1.2f,
        [IndexSchema.Text] = 1.0f,
        [IndexSchema.TextBigram] = 0.7f,
        [IndexSchema.Heading] = 1.5f,
        [IndexSchema.Speaker] = 3.0f,
        [IndexSchema.SpeakerLatin] = 3.0f,
        [IndexSchema.PlaceLatin] = 1.0f,
        [IndexSchema.Affiliation] = 1.5f,
        [IndexSchema.FileName] = 0.5f,
    };

    private const float ProximityWeight = 0.5f;

    /// <summary>Expansion terms weighed below this are related words, not translations, and are never marked.</summary>
    private const double MinMarkedWeight = 0.6;
    private const int ProximitySlop = 2;
    private const int MaxProximityWords = 12;

    private readonly Analyzer analyzer;
    private readonly GlossaryQueryExpander? expander;
    private readonly QueryBudget budget;

    /// <param name="expander">Null searches the user's words alone.</param>
    /// <param name="budget">What regex, wildcard and fuzzy terms may cost; null is <see cref="QueryBudget.Default"/>.</param>
    public UserQueryBuilder(Analyzer analyzer, GlossaryQueryExpander? expander = null, QueryBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        this.analyzer = analyzer;
        this.expander = expander;
        this.budget = budget ?? QueryBudget.Default;
    }

    /// <summary>
    /// The user's query, widened by the glossary concepts it names. A query with required clauses (AND, +) is taken
    /// strictly and not widened; excluded clauses (NOT, -) exclude from the widened query too.
    /// </summary>
    public Query Build(string queryText)
    {
        var user = ParseUserQuery(queryText);
        var clauses = user is BooleanQuery boolean ? boolean.Clauses : [];
        // Recognised once: the expansion widens the query, and the spans keep a concept's own words out of proximity.
        // Without field prefixes the text is the query itself, so the spans are the query's offsets.
        var concepts = expander?.Recognize(FieldPrefix().Replace(queryText, " ")) ?? [];
        var proximity = UsesQuerySyntax(queryText) ? null : WordsTogether(queryText, concepts);
        var expansion = expander is null || clauses.Any(c => c.Occur == Occur.MUST) ? null : expander.Expand(concepts);
        if (expansion is null && proximity is null)
        {
            return user;
        }

        // The user's words and their expansion are two ways to the same concepts, not two concepts: a document
        // reached only through the expansion (a Chinese one for an English query) is not matching half the query.
        var widened = new BooleanQuery(disableCoord: true) { { user, Occur.SHOULD } };
        if (proximity is not null)
        {
            widened.Add(proximity, Occur.SHOULD);
        }

        if (expansion is not null)
        {
            widened.Add(expansion, Occur.SHOULD);
        }

        foreach (var excluded in clauses.Where(c => c.Occur == Occur.MUST_NOT))
        {
            widened.Add(excluded.Query, Occur.MUST_NOT);
        }

        return widened;
    }

    /// <summary>
    /// What a page may mark for this query: the user's own words, and the glossary's direct translations of the
    /// concepts they name (marked whole, never word by word). Synonyms, broader and narrower concepts widen the search
    /// but are only related, so marking them would show the user words they never asked for.
    /// </summary>
    public (Query Own, IReadOnlyList<string> Translations) HighlightSources(string queryText)
    {
        var user = ParseUserQuery(queryText);
        var clauses = user is BooleanQuery boolean ? boolean.Clauses : [];
        if (expander is null || clauses.Any(c => c.Occur == Occur.MUST))
        {
            return (user, []);
        }

        var translations = expander.Recognize(FieldPrefix().Replace(queryText, " "))
            .SelectMany(c => c.Terms)
            .Where(t => t.Kind is ExpansionKind.Translation or ExpansionKind.TranslationSynonym && t.Weight >= MinMarkedWeight)
            .Select(t => t.Text)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return (user, translations);
    }

    /// <summary>
    /// Neighbouring words of the query found near each other in the body ("rural poor", 社区 生计): text that uses the
    /// query's wording outranks text that has its words scattered. Two words of one glossary concept ("Qinghai Lake")
    /// are left out: the concept is scored as such, and its name is no sign that the query's concepts meet.
    /// </summary>
    private BooleanQuery? WordsTogether(string queryText, IReadOnlyList<QueryExpansion> concepts)
    {
        var words = new List<(string Text, int Start, int End)>();
        using (var stream = analyzer.GetTokenStream(IndexSchema.Text, queryText))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                words.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
            }

            stream.End();
        }

        if (words.Count < 2 || words.Count > MaxProximityWords)
        {
            return null;
        }

        var pairs = new BooleanQuery(disableCoord: true) { Boost = ProximityWeight };
        foreach (var (first, second) in words.Zip(words.Skip(1)))
        {
            // Dictionary translations cover nearly every word; only curated concepts are names to keep whole.
            if (concepts.Any(c => c.Concept.Domain != DictionaryTranslator.Domain && c.Start <= first.Start && second.End <= c.Start + c.Length))
            {
                continue;
            }

            var phrase = new PhraseQuery { Slop = ProximitySlop };
            phrase.Add(new Term(IndexSchema.Text, first.Text), 0);
            phrase.Add(new Term(IndexSchema.Text, second.Text), 1);
            pairs.Add(phrase, Occur.SHOULD);
        }

        return pairs.Clauses.Count == 0 ? null : pairs;
    }

    private Query ParseUserQuery(string queryText)
    {
        ArgumentNullException.ThrowIfNull(queryText);
        var parser = new BudgetedQueryParser(LuceneMatch.Version, [.. FieldBoosts.Keys], analyzer, FieldBoosts.ToDictionary(), budget, new QueryDeadline(budget.TimeLimit))
        {
            DefaultOperator = Operator.OR,
            AllowLeadingWildcard = false,
        };
        try
        {
            // A question typed in words ("谁提出的?", "O'Brien's view", an unbalanced bracket) is text, never syntax.
            return Coordinated(parser.Parse(UsesQuerySyntax(queryText) ? queryText : QueryParserBase.Escape(queryText)), topLevel: true);
        }
        catch (ParseException e)
        {
            throw new LmecException(LmecErrorKind.InvalidInput, $"the query could not be understood: {FirstLine(e.Message)} (quote special characters or balance quotes and brackets)", e);
        }
        catch (BooleanQuery.TooManyClausesException e)
        {
            throw new LmecException(LmecErrorKind.InvalidInput, "the query has too many terms; shorten it", e);
        }
    }

    /// <summary>
    /// Coordination (a share of the score by how many clauses match) is kept where clauses are the query's terms: at
    /// the top level, and among the words of one Chinese term in the body text, where a passage naming all of
    /// "牧民生计" is worth more than one naming only 生计. It is dropped among one term's fields and in short fields:
    /// a title naming half the words the body names in full must not lose half its weight.
    /// </summary>
    private static Query Coordinated(Query query, bool topLevel)
    {
        if (query is not BooleanQuery boolean)
        {
            return query;
        }

        var coordinate = !boolean.CoordDisabled && (topLevel || IsBodyText(boolean));
        var rebuilt = new BooleanQuery(disableCoord: !coordinate) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
        {
            rebuilt.Add(Coordinated(clause.Query, topLevel: false), clause.Occur);
        }

        return rebuilt;
    }

    private static bool IsBodyText(BooleanQuery query) =>
        query.Clauses.All(c => c.Query is TermQuery { Term.Field: IndexSchema.Text or IndexSchema.TextBigram });

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    /// <summary>
    /// Whether the query clearly uses Lucene syntax: a quoted phrase with its closing quote, AND/OR/NOT, field:value, a
    /// + or - before a word, a wildcard inside or after a word, fuzziness, a boost, a range, a /regular expression/ or
    /// *:*. Anything else — a trailing
    /// '?', an apostrophe, a colon before a space, an unbalanced quote or bracket, "-{}-" — is natural-language text.
    /// </summary>
    internal static bool UsesQuerySyntax(string queryText) =>
        (QuotedPhrase().IsMatch(queryText) && queryText.Count(c => c == '"') % 2 == 0) || Operators().IsMatch(queryText);

    [GeneratedRegex(@"""[^""]+""")]
    private static partial Regex QuotedPhrase();

    // AND/OR/NOT; field:value; +word/-word; rub* or te?t; word~ / "phrase"~2; word^2; [a TO b] / {a TO b};
    // a /regular expression/ standing as a word; *:* (everything).
    [GeneratedRegex(@"\b(?:AND|OR|NOT)\b|(?:^|[\s(])[A-Za-z_]+:[^\s:]|(?:^|[\s(])[+\-][\p{L}\p{N}""(]|\p{L}\*|\p{L}\?\p{L}|[\p{L}\p{N}""]~|[\p{L}\p{N}""]\^\d|[\[{][^\]}]*\sTO\s|(?:^|[\s(])/[^/\s][^/]*/(?:$|[\s)])|(?:^|\s)\*:\*(?:$|\s)")]
    private static partial Regex Operators();

    [GeneratedRegex(@"\b\w+:")]
    private static partial Regex FieldPrefix();
}
