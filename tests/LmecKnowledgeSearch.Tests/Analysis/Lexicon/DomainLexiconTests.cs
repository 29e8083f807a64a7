using LmecKnowledgeSearch.Analysis.Lexicon;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Analysis.Lexicon;

public sealed class DomainLexiconTests
{
    [Fact]
    public void Reads_words_skipping_comments_columns_and_single_characters()
    {
        var lexicon = DomainLexicon.FromLines(["# places", "澜沧江\t120\tns", "湄公河 80", "", "   ", "水", "碳汇 # carbon sink"]);

        Assert.Equal(3, lexicon.Count);
        Assert.True(lexicon.Contains("澜沧江"));
        Assert.True(lexicon.Contains("碳汇"));
        Assert.False(lexicon.Contains("水"));
        Assert.Equal(3, lexicon.MaxLength);
    }

    [Fact]
    public void Finds_the_longest_word_at_a_position()
    {
        var lexicon = DomainLexicon.FromLines(["湄公河", "湄公河流域", "流域"]);

        Assert.Equal(5, lexicon.LongestMatchAt("在湄公河流域开展", 1));
        Assert.Equal(0, lexicon.LongestMatchAt("在湄公河流域开展", 0));
        Assert.Equal(3, lexicon.LongestMatchAt("在湄公河流域开展", 1, static (_, end) => end == 4, 0));
    }

    [Fact]
    public void Ships_the_lancang_mekong_lexicon_as_embedded_data()
    {
        var lexicon = DomainLexicon.LoadDefault();

        Assert.True(lexicon.Count > 1500, $"only {lexicon.Count} words");
        foreach (var word in new[] { "澜湄", "澜沧江", "湄公河", "基于自然的解决方案", "西双版纳州", "联合国环境规划署", "斯德哥尔摩环境研究所", "洞里萨湖" })
        {
            Assert.True(lexicon.Contains(word), word);
        }
    }
}
