using LmecKnowledgeSearch.Composition;
using System.Diagnostics;
using LmecKnowledgeSearch.Answering.Extraction;
using LmecKnowledgeSearch.Answering;

namespace LmecKnowledgeSearch.Evaluation.ReadingComprehension;

/// <summary>Asks every question of a reading-comprehension set through the normal ask path and scores the answers.</summary>
public sealed class ComprehensionEvaluator
{
    private readonly Func<string, string, AnswerResult> ask;

    public ComprehensionEvaluator(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ask = (_, question) => knowledge.Ask(question);
    }

    /// <param name="ask">Answers a question of an article (article id, question): cross-validation asks each article's questions with a model that never saw it.</param>
    public ComprehensionEvaluator(Func<string, string, AnswerResult> ask)
    {
        ArgumentNullException.ThrowIfNull(ask);
        this.ask = ask;
    }

    public ComprehensionReport Run(string file, IReadOnlyList<ComprehensionArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var questions = articles.SelectMany(a => a.Paragraphs.SelectMany(p => p.Questions.Select(q => (Article: a, Question: q))))
            .Where(q => q.Question.Answers.Count > 0)
            .ToList();
        if (questions.Count > 0)
        {
            ask(questions[0].Article.Id, questions[0].Question.Question); // untimed: opening the index and JIT
        }

        var outcomes = new List<ComprehensionOutcome>(questions.Count);
        foreach (var (article, question) in questions)
        {
            var stopwatch = Stopwatch.StartNew();
            var answer = ask(article.Id, question.Question);
            var latency = stopwatch.Elapsed.TotalMilliseconds;
            var none = answer.Answer == QuestionAnswerer.NoAnswer;
            var said = none ? string.Empty : answer.Answer;
            outcomes.Add(new ComprehensionOutcome(
                question.Id,
                article.Id,
                question.Question,
                QuestionWordGroups.Of(question.Question),
                answer.Answer,
                none,
                CmrcMetric.ExactMatch(said, question.Answers),
                CmrcMetric.F1(said, question.Answers),
                answer.Confidence,
                latency));
        }

        return ComprehensionReport.From(file, outcomes);
    }
}
