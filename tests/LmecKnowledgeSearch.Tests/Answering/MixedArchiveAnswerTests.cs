using LmecKnowledgeSearch.Answering;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Answering;

/// <summary>
/// English questions about the Chinese seed briefing, asked of an archive where English reports outnumber it: the
/// English words no Chinese sentence could contain must not sink the Chinese answer below the confidence floor.
/// </summary>
[Collection(SharedCorpusCollection.Name)]
public sealed class MixedArchiveAnswerTests(SharedCorpusIndex shared)
{
    [SharedCorpusTheory]
    [InlineData("When did Conservation International run its community water management pilot in the Dongjiang basin?", "2020", "吴伟玲")]
    [InlineData("How many farmers are involved in ECOM's sustainable management services worldwide?", "60万", "张海涯")]
    public async Task Answers_an_english_question_from_the_chinese_briefing_and_cites_its_speaker(string question, string answer, string speaker)
    {
        var result = await shared.Knowledge!.AskAsync(question);

        Assert.NotEqual(ExtractiveAnswerer.NoAnswer, result.Answer);
        Assert.Contains(answer, result.Answer, StringComparison.Ordinal);
        Assert.Equal(speaker, result.Evidence[0].Speaker);
    }
}
