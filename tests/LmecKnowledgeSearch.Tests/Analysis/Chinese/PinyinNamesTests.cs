using LmecKnowledgeSearch.Analysis.Chinese;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Analysis.Chinese;

public sealed class PinyinNamesTests
{
    private readonly PinyinNames names = new();

    [Theory]
    [InlineData("李楠", "li nan")]
    [InlineData("吴伟玲", "wu weiling")]
    [InlineData("张 燕", "zhang yan")]
    [InlineData("康蔼黎", "kang aili")]
    [InlineData("欧阳修", "ouyang xiu")]
    public void Writes_a_chinese_name_as_surname_and_given_name_in_pinyin(string name, string expected)
    {
        Assert.Equal(expected, names.Romanise(name));
    }

    [Theory]
    [InlineData("Makiko Yashiro")]
    [InlineData("世界自然基金会")]
    [InlineData("楠")]
    [InlineData(null)]
    public void Leaves_what_is_not_a_chinese_personal_name(string? name)
    {
        Assert.Null(names.Romanise(name));
    }
}
