using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Analysis;
using LmecKnowledgeSearch.Indexing;
using Lucene.Net.Analysis;
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
        [IndexSchema.Affiliation] = 1.5f,
        [IndexSchema.FileName] = 0.5f,
    };

    private readonly Analyzer analyzer;
    private readonly GlossaryQueryExpander? expander;

    /// <param name="expander">Null searches the user's words alone.</param>
    public UserQueryBuilder(Analyzer analyzer, GlossaryQueryExpander? expander = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        this.analyzer = analyzer;
        this.expander = expander;
    }

    /// <summary>
    /// The user's query, widened by the glossary concepts it names. A query with required clauses (AND, +) is taken
    /// strictly and not widened; excluded clauses (NOT, -) exclude from the widened query too.
    /// </summary>
    public Query Build(string queryText)
    {
        var user = ParseUserQuery(queryText);
        var clauses = user is BooleanQuery boolean ? boolean.Clauses : [];
        if (expander is null || clauses.Any(c => c.Occur == Occur.MUST) || expander.Expand(FieldPrefix().Replace(queryText, " ")) is not { } expansion)
        {
            return user;
        }

        var widened = new BooleanQuery { { user, Occur.SHOULD }, { expansion, Occur.SHOULD } };
        foreach (var excluded in clauses.Where(c => c.Occur == Occur.MUST_NOT))
        {
            widened.Add(excluded.Query, Occur.MUST_NOT);
        }

        return widened;
    }

    private Query ParseUserQuery(string queryText)
    {
        ArgumentNullException.ThrowIfNull(queryText);
        var parser = new MultiFieldQueryParser(LuceneMatch.Version, [.. FieldBoosts.Keys], analyzer, FieldBoosts.ToDictionary())
        {
            DefaultOperator = Operator.OR,
            AllowLeadingWildcard = false,
        };
        try
        {
            return parser.Parse(queryText);
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

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    [GeneratedRegex(@"\b\w+:")]
    private static partial Regex FieldPrefix();
}
