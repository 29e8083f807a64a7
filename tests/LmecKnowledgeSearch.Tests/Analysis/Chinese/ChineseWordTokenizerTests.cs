using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Tests.Fixtures;
using LmecKnowledgeSearch.TextPrimitives;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Analysis.Chinese;

public sealed class ChineseWordTokenizerTests
{
    private static readonly Lazy<LmecKnowledgeSearch.Analysis.ISegmenter> Segmenter = new(SegmenterFactory.CreateDefault);

    private static AnalyzedText Tokenize(string text)
    {
        using var tokenizer = new ChineseWordTokenizer(new StringReader(text), Segmenter.Value);
        return AnalyzedText.Of(tokenizer);
    }

    [Fact]
    public void Gives_exact_offsets_and_types_on_mixed_chinese_and_latin_text()
    {
        // From the seed briefing (UNEP's rubber-forest pilot).
        var result = Tokenize("在柬埔寨暹粒Phnom Kulen国家公园");

        Assert.Equal(
            [
                new AnalyzedToken("在", 0, 1, "<IDEOGRAPHIC>", 1),
                new AnalyzedToken("柬埔寨", 1, 4, "<WORD>", 1),
                new AnalyzedToken("暹粒", 4, 6, "<WORD>", 1),
                new AnalyzedToken("Phnom", 6, 11, "<ALPHANUM>", 1),
                new AnalyzedToken("Kulen", 12, 17, "<ALPHANUM>", 1),
                new AnalyzedToken("国家公园", 17, 21, "<WORD>", 1),
            ],
            result.Tokens);
        Assert.Equal(21, result.FinalOffset);
    }

    [Fact]
    public void Folds_full_width_letters_and_digits_keeping_offsets()
    {
        var text = "斯德哥尔摩环境研究所（ＳＥＩ）共有１２３个项目";

        var result = Tokenize(text);

        var sei = Assert.Single(result.Tokens, t => t.Term == "SEI");
        Assert.Equal((11, 14, "<ALPHANUM>"), (sei.Start, sei.End, sei.Type));
        var number = Assert.Single(result.Tokens, t => t.Term == "123");
        Assert.Equal((17, 20, "<NUM>"), (number.Start, number.End, number.Type));
        Assert.Equal("斯德哥尔摩环境研究所", result.Tokens[0].Term);
        Assert.DoesNotContain(result.Tokens, t => t.Term.Contains('（') || t.Term.Contains('）'));
    }

    [Fact]
    public void Keeps_dates_and_issue_numbers_from_the_seed_header_as_numbers()
    {
        var result = Tokenize("2022年 第11期\n2022年5月20日");

        Assert.Equal(
            [
                new AnalyzedToken("2022年", 0, 5, "<NUM>", 1),
                new AnalyzedToken("第11", 6, 9, "<NUM>", 1),
                new AnalyzedToken("期", 9, 10, "<IDEOGRAPHIC>", 1),
                new AnalyzedToken("2022年", 11, 16, "<NUM>", 1),
                new AnalyzedToken("5月", 16, 18, "<NUM>", 1),
                new AnalyzedToken("20日", 18, 21, "<NUM>", 1),
            ],
            result.Tokens);
    }

    [Fact]
    public void Reports_the_text_length_as_final_offset_when_text_ends_in_whitespace()
    {
        var text = "澜湄区域  \r\n\t ";

        var result = Tokenize(text);

        Assert.Equal(["澜湄", "区域"], result.Terms);
        Assert.Equal(text.Length, result.FinalOffset);
    }

    [Fact]
    public void Keeps_supplementary_ideographs_whole_and_skips_emoji()
    {
        var text = "𠀀澜湄🌏合作";

        var result = Tokenize(text);

        Assert.All(result.Tokens, t => Assert.False(char.IsLowSurrogate(text[t.Start]), $"{t} starts inside a surrogate pair"));
        Assert.All(result.Tokens, t => Assert.False(char.IsHighSurrogate(text[t.End - 1]), $"{t} ends inside a surrogate pair"));
        Assert.Contains(new AnalyzedToken("合作", 6, 8, "<WORD>", 1), result.Tokens);
        Assert.DoesNotContain(result.Tokens, t => t.Term.Contains("🌏", StringComparison.Ordinal));
        Assert.Equal(text.Length, result.FinalOffset);
    }

    [Fact]
    public void Can_be_reset_onto_a_second_document()
    {
        using var tokenizer = new ChineseWordTokenizer(new StringReader("湄公河流域水资源开发"), Segmenter.Value);
        var first = AnalyzedText.Of(tokenizer);
        tokenizer.Dispose();
        tokenizer.SetReader(new StringReader("碳汇"));
        var second = AnalyzedText.Of(tokenizer);

        Assert.Equal(["湄公河流域", "水资源", "开发"], first.Terms);
        Assert.Equal([new AnalyzedToken("碳汇", 0, 2, "<WORD>", 1)], second.Tokens);
        Assert.Equal(2, second.FinalOffset);
    }

    [Fact]
    public void Tokenizes_the_whole_seed_briefing_with_offsets_inside_the_text()
    {
        var text = TestCorpus.ReadSeed();

        var result = Tokenize(text);

        Assert.True(result.Tokens.Count > 1000);
        var previousEnd = 0;
        foreach (var token in result.Tokens)
        {
            Assert.True(token.Start >= previousEnd && token.End > token.Start && token.End <= text.Length, token.ToString());
            Assert.Equal(WidthFolding.FoldFullWidthAscii(text[token.Start..token.End]), token.Term);
            previousEnd = token.End;
        }

        Assert.Equal(text.Length, result.FinalOffset);
    }
}
