using System.Diagnostics;
using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Answering;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;
using Xunit.Abstractions;

namespace LmecKnowledgeSearch.Tests.Answering;

/// <summary>English questions over an English article of ../shared (a DAI piece on climate finance in the Mekong).</summary>
public sealed partial class ExtractiveAnswererSharedCorpusTests(ITestOutputHelper output)
{
    private const string Article = "dai-developments-mekong-en/2016-08-03-tapping-climate-change-adaptation-financing-for-the-benefit-of-the-rural-poor-of-the-mekong-basin.markdown";

    private static readonly ExtractiveAnswerer Answerer = new();

    private AnswerResult Ask(string question)
    {
        var text = File.ReadAllText(Path.Combine(TestCorpus.SharedCorpus!, Article));
        var body = text[(text.IndexOf("\n---", 4, StringComparison.Ordinal) + 4)..];
        var words = Words().Matches(question.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 3).ToHashSet();
        var candidates = BlankLines().Split(body)
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .Select((p, i) => new AnswerCandidate(
                $"dai#{i}", p, null, null, Article, "2016-08-03",
                words.Count(w => p.Contains(w, StringComparison.OrdinalIgnoreCase)) / (double)Math.Max(1, words.Count)))
            .OrderByDescending(c => c.RetrievalScore)
            .ToArray();
        var result = Answerer.Answer(question, candidates);
        output.WriteLine($"{question} -> {result.Answer} ({result.Confidence}) | {result.Evidence.FirstOrDefault()?.Text}");
        return result;
    }

    [SharedCorpusFact]
    public void Answers_an_english_date_question_from_english_text()
    {
        Assert.Equal("December 2015", Ask("When did adaptation to global warming receive equal billing?").Answer);
    }

    [SharedCorpusFact]
    public void Answers_an_english_percentage_question_with_the_percentage()
    {
        var result = Ask("What share of the climate financing invested by multilateral development banks in East Asia focused on adaptation?");

        Assert.EndsWith("23 percent", result.Answer);
    }

    [SharedCorpusFact]
    public void Answers_an_english_count_question_with_the_number_before_the_counted_noun()
    {
        Assert.Equal("60 million", Ask("How many residents does the Lower Mekong Basin have?").Answer);
    }

    [SharedCorpusFact]
    public void Answers_a_where_question_with_a_country()
    {
        var result = Ask("Where was the community gathering to rank climate vulnerabilities?");

        Assert.Contains("Cambodia", result.Answer);
    }

    [SharedCorpusFact]
    public void Says_no_answer_for_a_question_the_article_does_not_address()
    {
        var result = Ask("How many tigers live in the Cardamom Mountains?");

        Assert.Equal(ExtractiveAnswerer.NoAnswer, result.Answer);
    }

    [SharedCorpusFact]
    public void Answers_within_a_few_milliseconds_per_question_over_a_whole_article()
    {
        Ask("When did adaptation to global warming receive equal billing?");
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++)
        {
            Ask("How many residents does the Lower Mekong Basin have?");
        }

        var perQuestion = watch.Elapsed.TotalMilliseconds / 20;
        output.WriteLine($"{perQuestion:F1} ms per question");
        Assert.True(perQuestion < 200, $"{perQuestion} ms per question");
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"[a-z]+")]
    private static partial Regex Words();
}
