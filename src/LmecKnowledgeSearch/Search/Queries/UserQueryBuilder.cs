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
public sealed class UserQueryBuilder
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
    };

    private readonly Analyzer analyzer;

    public UserQueryBuilder(Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        this.analyzer = analyzer;
    }

    public Query Build(string queryText)
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
}
