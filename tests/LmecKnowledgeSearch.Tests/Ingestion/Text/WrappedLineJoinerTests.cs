using LmecKnowledgeSearch.Ingestion.Text;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Ingestion.Text;

public sealed class WrappedLineJoinerTests
{
    [Fact]
    public void Joins_a_latin_word_hyphenated_at_the_line_end_without_the_hyphen()
    {
        Assert.Equal("ecosystem management in the basin", WrappedLineJoiner.Join(["ecosystem manage-", "ment in the basin"]));
    }

    [Fact]
    public void Keeps_the_hyphen_of_a_compound_before_a_capital_or_digit()
    {
        Assert.Equal("Lancang-Mekong cooperation", WrappedLineJoiner.Join(["Lancang-", "Mekong cooperation"]));
        Assert.Equal("2008-2011 drought", WrappedLineJoiner.Join(["2008-", "2011 drought"]));
    }

    [Fact]
    public void Turns_a_latin_line_break_into_a_space()
    {
        Assert.Equal("Stockholm Environment Institute", WrappedLineJoiner.Join(["Stockholm Environment", "Institute"]));
    }

    [Fact]
    public void Joins_chinese_lines_without_a_space()
    {
        Assert.Equal("通过在柬埔寨暹粒国家公园开展试点，", WrappedLineJoiner.Join(["通过在柬埔寨暹粒国", "家公园开展试点，"]));
    }

    [Fact]
    public void Keeps_a_space_between_chinese_and_latin_across_a_break()
    {
        Assert.Equal("国家公园 Phnom Kulen 试点", WrappedLineJoiner.Join(["国家公园", "Phnom Kulen", "试点"]));
    }

    [Fact]
    public void Does_not_join_hyphens_when_asked_not_to()
    {
        Assert.Equal("self- reliance", WrappedLineJoiner.Join(["self-", "reliance"], joinHyphenatedWords: false));
    }
}
