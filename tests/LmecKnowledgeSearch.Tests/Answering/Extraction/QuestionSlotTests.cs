using LmecKnowledgeSearch.Answering.Extraction;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Answering.Extraction;

public sealed class QuestionSlotTests
{
    [Theory]
    [InlineData("澜沧江-湄公河环境合作中心于哪一年成立？", ExpectedAnswer.Time, "澜沧江湄公河环境合作中心于", "成立")]
    [InlineData("圆桌对话由谁主办？", ExpectedAnswer.Person, "圆桌对话由", "主办")]
    [InlineData("近多少人参加了会议？", ExpectedAnswer.Quantity, "近", "人参加了会议")]
    [InlineData("项目为什么要改善单一橡胶林种植方式？", ExpectedAnswer.Reason, "项目", "要改善单一橡胶林种植方式")]
    [InlineData("示范区建在哪里？", ExpectedAnswer.Place, "示范区建在", "")]
    [InlineData("云南省在哪些地方开展示范区建设？", ExpectedAnswer.Which, "云南省在", "些地方开展示范区建设")]
    [InlineData("What is the Greater Mekong?", ExpectedAnswer.Thing, "", "istheGreaterMekong")]
    [InlineData("Who spoke about rubber?", ExpectedAnswer.Person, "", "spokeaboutrubber")]
    public void Finds_the_question_word_and_the_words_around_it(string question, ExpectedAnswer expected, string before, string after)
    {
        var slot = QuestionSlot.Of(question);

        Assert.Equal(expected, slot.Expected);
        Assert.Equal(before, slot.Before);
        Assert.Equal(after, slot.After);
    }

    [Fact]
    public void Does_not_take_a_word_containing_an_English_cue_for_the_cue()
    {
        // "somewhat" holds "what", "showhow" would hold "how": only whole words count.
        Assert.Equal(ExpectedAnswer.Other, QuestionSlot.Of("somewhat unclear rubber policy").Expected);
    }
}
