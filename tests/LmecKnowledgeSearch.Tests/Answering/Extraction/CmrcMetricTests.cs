using LmecKnowledgeSearch.Answering.Extraction;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Answering.Extraction;

/// <summary>The official CMRC 2018 metric: punctuation and spaces ignored, character F1 by longest common run, max over golds.</summary>
public sealed class CmrcMetricTests
{
    [Theory]
    [InlineData("2017年", "2017年", 1.0)]
    [InlineData("《湄公河》", "湄公河", 1.0)]
    [InlineData("生态环境部 。", "生态环境部", 1.0)]
    [InlineData("澜沧江-湄公河环境合作中心", "澜沧江湄公河环境合作中心", 1.0)]
    [InlineData("环境合作中心", "澜沧江湄公河环境合作中心", 0.0)]
    public void Exact_match_ignores_punctuation_and_spaces_only(string prediction, string gold, double expected) =>
        Assert.Equal(expected, CmrcMetric.ExactMatch(prediction, [gold]));

    [Fact]
    public void F1_counts_the_longest_common_run_of_characters()
    {
        // "合作中心" (4) shared; prediction 6 characters, gold 12: P 4/6, R 4/12.
        var f1 = CmrcMetric.F1("环境合作中心", ["澜湄合作中心成立于二零一七年"]);

        Assert.Equal(2 * (4 / 6.0) * (4 / 14.0) / ((4 / 6.0) + (4 / 14.0)), f1, 6);
    }

    [Fact]
    public void Takes_the_best_gold_answer_and_an_English_word_as_one_token()
    {
        Assert.Equal(1.0, CmrcMetric.F1("SEI", ["斯德哥尔摩环境研究所", "SEI"]));
        Assert.Equal(0.0, CmrcMetric.F1("SE", ["SEI"]));
        Assert.Equal(0.0, CmrcMetric.F1(string.Empty, ["SEI"]));
    }
}
