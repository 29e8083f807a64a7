using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Answering;

/// <summary>English questions that name the seed's Chinese experts the way English text writes them, in pinyin.</summary>
public sealed class PinyinSpeakerAnswerTests(SeedKnowledgeBase seed) : IClassFixture<SeedKnowledgeBase>
{
    [Theory]
    [InlineData("Which organisation does Li Nan represent?", "世界自然基金会", "李楠")]
    [InlineData("What is Wu Weiling's role?", "淡水项目经理", "吴伟玲")]
    [InlineData("Who is Kang Aili?", "野生生物保护协会", "康蔼黎")]
    public async Task Answers_about_an_expert_named_in_pinyin_and_cites_them(string question, string answer, string speaker)
    {
        var result = await seed.Knowledge.AskAsync(question);

        Assert.Contains(answer, result.Answer, StringComparison.Ordinal);
        Assert.Equal(speaker, result.Evidence[0].Speaker);
    }
}
