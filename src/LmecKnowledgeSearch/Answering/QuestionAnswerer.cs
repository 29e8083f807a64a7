using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Search;

namespace LmecKnowledgeSearch.Answering;

/// <summary>Answers a question from the index: retrieves candidate units, then lets the extractive answerer pick the answer.</summary>
public sealed class QuestionAnswerer
{
    public const string NoAnswer = ExtractiveAnswerer.NoAnswer;
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
                TextWithHeader(c.Unit),
                c.Unit.Speaker,
                c.Unit.Affiliation,
                c.Unit.Source,
                c.Unit.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                c.Score))
            .ToList();
        return candidates.Count == 0 ? new AnswerResult(question, NoAnswer, 0, []) : answerer.Answer(question, candidates);
    }

    /// <summary>
    /// An expert view's text as the briefing prints it, under its speaker header, so "which organisation does X work
    /// for" and "who said …" meet the name and affiliation like any other words of the evidence.
    /// </summary>
    private static string TextWithHeader(IndexUnit unit) =>
        unit.Kind == UnitKinds.ExpertView && unit.Speaker is { } speaker
            ? $"{speaker}\n{(unit.Affiliation is { } affiliation ? affiliation + "\n" : string.Empty)}{unit.Text}"
            : unit.Text;
}
