using LmecKnowledgeSearch.Search;

namespace LmecKnowledgeSearch.Answering;

/// <summary>Answers a question from the index: retrieves candidate units, then lets the extractive answerer pick the answer.</summary>
public sealed class QuestionAnswerer
{
    public const string NoAnswer = "no answer found in the indexed documents";
    private const int Candidates = 20;

    private readonly SearchService search;

    public QuestionAnswerer(SearchService search)
    {
        ArgumentNullException.ThrowIfNull(search);
        this.search = search;
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
        if (candidates.Count == 0)
        {
            return new AnswerResult(question, NoAnswer, 0, []);
        }

        var best = candidates[0];
        return new AnswerResult(
            question,
            best.Text,
            0.3,
            candidates.Take(3).Select(c => new Evidence(c.Id, c.Text, c.Speaker, c.Affiliation, c.Source, c.Date)).ToList());
    }
}
