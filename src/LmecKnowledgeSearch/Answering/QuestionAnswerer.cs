using LmecKnowledgeSearch.Search;

namespace LmecKnowledgeSearch.Answering;

/// <summary>Answers a question from the index: retrieves candidate units, then lets the extractive answerer pick the answer.</summary>
public sealed class QuestionAnswerer
{
    public const string NoAnswer = "no answer found in the indexed documents";
    private const int Candidates = 20;

    private readonly SearchService search;
    private readonly ExtractiveAnswerer answerer;

    public QuestionAnswerer(SearchService search, ExtractiveAnswerer answerer)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(answerer);
        this.search = search;
        this.answerer = answerer;
    }

    public AnswerResult Ask(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.Length > SearchRequest.MaxQueryLength)
        {
            throw new LmecException(LmecErrorKind.InvalidInput, $"the question is too long ({question.Length} characters; at most {SearchRequest.MaxQueryLength})");
        }

        var candidates = search.Retrieve(question, Candidates)
            .Select(c => new AnswerCandidate(
                c.Unit.Id,
                c.Unit.Text,
                c.Unit.Speaker,
                c.Unit.Affiliation,
                c.Unit.Source,
                c.Unit.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                c.Score))
            .ToList();
        return candidates.Count == 0 ? new AnswerResult(question, NoAnswer, 0, []) : answerer.Answer(question, candidates);
    }
}
