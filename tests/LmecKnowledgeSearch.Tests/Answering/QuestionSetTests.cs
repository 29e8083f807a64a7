using LmecKnowledgeSearch.Answering;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;
using Xunit.Abstractions;

namespace LmecKnowledgeSearch.Tests.Answering;

/// <summary>
/// The evaluation question set (Fixtures/Evaluation/questions.tsv) run through the answerer alone, over the seed's
/// paragraphs with hand-attached speakers and the fake glossary: what `lmec eval` measures, minus retrieval.
/// Questions about the other documents of ../shared/corpus (none of their answers is in the seed) are left to `lmec eval`.
/// </summary>
public sealed class QuestionSetTests(ITestOutputHelper output)
{
    private static readonly string QuestionFile = Path.Combine(TestCorpus.RepoRoot, "tests", "LmecKnowledgeSearch.Tests", "Fixtures", "Evaluation", "questions.tsv");

    [Fact]
    public void Answers_every_question_of_the_evaluation_set_about_the_seed()
    {
        var glossary = new FakeGlossary();
        var answerer = new ExtractiveAnswerer(glossary);
        var seed = TestCorpus.ReadSeed();
        var rows = File.ReadAllLines(QuestionFile)
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("id\t", StringComparison.Ordinal))
            .Select(line => line.Split('\t'))
            .Where(row => row[3].Length == 0 || row[3].Split('|').Any(a => a.Length >= 2 && seed.Contains(a, StringComparison.Ordinal)))
            .ToArray();
        var wrong = new List<string>();
        foreach (var row in rows)
        {
            var (id, question, answers, speaker) = (row[0], row[2], row[3], row.Length > 4 ? row[4] : string.Empty);
            var result = answerer.Answer(question, SeedCandidates.For(question, glossary));
            var correct = answers.Length == 0
                ? result.Answer == ExtractiveAnswerer.NoAnswer
                : result.Answer != ExtractiveAnswerer.NoAnswer
                  && answers.Split('|').Any(a => result.Answer.Contains(a, StringComparison.OrdinalIgnoreCase))
                  && (speaker.Length == 0 || result.Evidence.FirstOrDefault()?.Speaker == speaker);
            output.WriteLine($"{(correct ? "ok " : "NO ")} {id} {question} -> {result.Answer} ({result.Confidence}) [{result.Evidence.FirstOrDefault()?.Speaker}]");
            if (!correct)
            {
                wrong.Add(id);
            }
        }

        Assert.True(rows.Length >= 35, $"{rows.Length} questions");
        Assert.Empty(wrong);
    }
}
