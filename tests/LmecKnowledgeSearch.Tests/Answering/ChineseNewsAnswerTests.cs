using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Answering;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;
using Xunit.Abstractions;

namespace LmecKnowledgeSearch.Tests.Answering;

/// <summary>Chinese questions over Chinese environment news of ../shared (CRUD-RAG), read at test time.</summary>
public sealed partial class ChineseNewsAnswerTests(ITestOutputHelper output)
{
    private static readonly ExtractiveAnswerer Answerer = new();

    /// <summary>Every news item is one candidate; retrieval is the share of the question's bigrams and Latin words it holds.</summary>
    private AnswerResult Ask(string question)
    {
        var folder = Path.Combine(TestCorpus.SharedCorpus!, "crud-rag-zh-news-env", "txt");
        var bigrams = HanRuns().Matches(question).SelectMany(m => Enumerable.Range(0, Math.Max(0, m.Length - 1)).Select(i => m.Value.Substring(i, 2)))
            .Concat(LatinWords().Matches(question).Select(m => m.Value))
            .ToHashSet();
        var candidates = Directory.GetFiles(folder, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Text: File.ReadAllText(path)))
            .Select(d => new AnswerCandidate(Path.GetFileName(d.Path), d.Text, null, null, Path.GetFileName(d.Path), null,
                bigrams.Count(b => d.Text.Contains(b, StringComparison.Ordinal)) / (double)Math.Max(1, bigrams.Count)))
            .OrderByDescending(c => c.RetrievalScore)
            .Take(10)
            .ToArray();
        var result = Answerer.Answer(question, candidates);
        output.WriteLine($"{question} -> {result.Answer} ({result.Confidence})");
        foreach (var e in result.Evidence)
        {
            output.WriteLine($"  {e.Id}: {e.Text}");
        }
        return result;
    }

    [SharedCorpusTheory]
    [InlineData("IPCC第59次全会在哪里召开？", "内罗毕")]
    [InlineData("谁当选IPCC第七次评估周期第一工作组联合主席？", "张小曳")]
    [InlineData("有多少个IPCC成员国家代表团参会？", "161个")]
    [InlineData("IPCC是哪一年建立的？", "1988年")]
    [InlineData("IPCC由哪些机构建立？", "世界气象组织")]
    [InlineData("张小曳发表了多少篇相关领域文章？", "400多篇")]
    public void Answers_typed_questions_over_news(string question, string expected)
    {
        var result = Ask(question);

        Assert.Contains(expected, result.Answer);
        Assert.True(result.Confidence >= new AnswererOptions().MinConfidence, $"confidence {result.Confidence}");
    }

    [GeneratedRegex(@"[A-Za-z0-9]{2,}")]
    private static partial Regex LatinWords();

    [GeneratedRegex(@"[\u4e00-\u9fff]+")]
    private static partial Regex HanRuns();
}
