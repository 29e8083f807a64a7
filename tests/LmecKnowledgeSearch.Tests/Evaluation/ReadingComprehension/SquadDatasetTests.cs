using LmecKnowledgeSearch.Answering.Extraction;
using LmecKnowledgeSearch.Evaluation.ReadingComprehension;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Evaluation.ReadingComprehension;

/// <summary>Reads the CMRC 2018 trial set in ../shared (never copied into the repo).</summary>
public sealed class SquadDatasetTests
{
    private static string TrialSet => Path.Combine(TestCorpus.SharedRoot!, "bench", "qa", "cmrc2018", "cmrc2018_trial.json");

    [SharedCorpusFact]
    public void Reads_every_article_paragraph_and_question_of_the_trial_set()
    {
        var articles = SquadDataset.Read(TrialSet);

        Assert.Equal(256, articles.Sum(a => a.Paragraphs.Count));
        Assert.Equal(1002, articles.Sum(a => a.Paragraphs.Sum(p => p.Questions.Count)));
        Assert.All(articles.SelectMany(a => a.Paragraphs), p => Assert.All(p.Questions, q => Assert.All(q.Answers, a => Assert.Contains(a, p.Context, StringComparison.Ordinal))));
    }

    [SharedCorpusFact]
    public void A_gold_answer_scores_full_marks_and_the_question_word_groups_cover_the_set()
    {
        var questions = SquadDataset.Read(TrialSet).SelectMany(a => a.Paragraphs).SelectMany(p => p.Questions).ToList();

        Assert.All(questions, q => Assert.Equal(1.0, CmrcMetric.F1(q.Answers[0], q.Answers)));
        Assert.True(questions.Count(q => QuestionWordGroups.Of(q.Question) == "其他") < questions.Count / 10);
    }

    [Fact]
    public void A_file_that_is_not_squad_json_is_a_clear_error()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "{\"data\": [{\"title\": \"x\"}]}");
        try
        {
            var error = Assert.Throws<LmecException>(() => SquadDataset.Read(path));
            Assert.Equal(LmecErrorKind.InvalidInput, error.Kind);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
