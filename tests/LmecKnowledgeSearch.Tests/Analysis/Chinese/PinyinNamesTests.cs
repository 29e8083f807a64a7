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

    [Theory]
    [InlineData("贵港市", "guigang")]
    [InlineData("东江", "dongjiang")]
    [InlineData("西双版纳傣族自治州", "xishuangbanna")]
    [InlineData("勐腊县", "mengla")]
    public void Writes_a_chinese_place_as_one_word_without_its_administrative_suffix(string place, string expected)
    {
        Assert.Equal(expected, names.RomanisePlace(place));
    }

    [Theory]
    [InlineData("Mekong")]
    [InlineData("市")]
    public void Leaves_what_is_not_a_chinese_place_name(string place)
    {
        Assert.Null(names.RomanisePlace(place));
    }
}
