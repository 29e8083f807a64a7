using LmecKnowledgeSearch.Answering.Extraction;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;
using Xunit.Abstractions;

namespace LmecKnowledgeSearch.Tests.Answering.Extraction;

/// <summary>The shipped span model on the seed briefing, through the whole ask path.</summary>
public sealed class LearnedSpanExtractorTests(SeedKnowledgeBase seed, ITestOutputHelper output) : IClassFixture<SeedKnowledgeBase>
{
    [Fact]
    public void The_embedded_model_loads_with_a_calibrated_threshold_and_the_documented_feature_width()
    {
        var model = SpanScoringModel.LoadEmbedded();

        Assert.NotNull(model);
        Assert.InRange(model.AnswerThreshold, 0.01, 0.99);
        Assert.Equal(SpanFeaturizer.Names.Length, SpanFeaturizer.Names.Distinct().Count());
    }

    [Theory]
    [InlineData("云南省通过种植什么改变种植结构？", "可可")]
    [InlineData("SEI利用什么开发了综合性的水-生态-社会工具？", "建模工具")]
    [InlineData("近多少人参加了圆桌对话？", "300")]
    public void Answers_with_a_span_not_the_whole_sentence(string question, string expected)
    {
        var answer = seed.Knowledge.Ask(question);
        output.WriteLine($"{question} -> {answer.Answer} ({answer.Confidence})");

        Assert.Contains(expected, answer.Answer, StringComparison.Ordinal);
        Assert.True(answer.Answer.Length <= SpanCandidateGenerator.MaxSpanLength, answer.Answer);
        Assert.NotEmpty(answer.Evidence);
        Assert.Contains(answer.Answer, answer.Evidence[0].Text, StringComparison.Ordinal);
    }
}
