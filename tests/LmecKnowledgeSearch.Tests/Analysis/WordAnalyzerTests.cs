using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LmecKnowledgeSearch.Analysis;
using LmecKnowledgeSearch.Analysis.Chinese;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Analysis;

public sealed class WordAnalyzerTests
{
    private static readonly Lazy<ISegmenter> Segmenter = new(SegmenterFactory.CreateDefault);

    [Fact]
    public void Lower_cases_and_stems_english_and_leaves_a_gap_for_stop_words()
    {
        using var analyzer = new WordAnalyzer(Segmenter.Value);

        // A heading as the seed's English-language sources write it.
        var result = AnalyzedText.Of(analyzer, "Nature-based Solutions for the Mekong Communities");

        Assert.Equal(
            [
                new AnalyzedToken("natur", 0, 6, "<ALPHANUM>", 1),
                new AnalyzedToken("base", 7, 12, "<ALPHANUM>", 1),
                new AnalyzedToken("solut", 13, 22, "<ALPHANUM>", 1),
                new AnalyzedToken("mekong", 31, 37, "<ALPHANUM>", 3),
                new AnalyzedToken("commun", 38, 49, "<ALPHANUM>", 1),
            ],
            result.Tokens);
        Assert.Equal(49, result.FinalOffset);
    }

    [Fact]
    public void Matches_full_width_and_half_width_forms_to_the_same_terms()
    {
        using var analyzer = new WordAnalyzer(Segmenter.Value);

        var fullWidth = AnalyzedText.Of(analyzer, "ＳＥＩ利用先进的建模工具，ＰＭ２．５监测");
        var halfWidth = AnalyzedText.Of(analyzer, "SEI利用先进的建模工具,PM2.5监测");

        Assert.Equal(halfWidth.Terms, fullWidth.Terms);
        Assert.Equal(halfWidth.Tokens.Select(t => (t.Start, t.End)), fullWidth.Tokens.Select(t => (t.Start, t.End)));
        Assert.Contains("sei", fullWidth.Terms);
    }

    [Fact]
    public void Gives_the_same_tokens_when_reused_for_a_second_text()
    {
        const string First = "联合国环境规划署亚太区办公室生态系统管理项目官员";
        const string Second = "Thanapon Piman，斯德哥尔摩环境研究所（SEI）高级研究员";
        using var reused = new WordAnalyzer(Segmenter.Value);
        using var fresh = new WordAnalyzer(Segmenter.Value);

        var firstPass = AnalyzedText.Of(reused, First);
        var secondPass = AnalyzedText.Of(reused, Second);

        Assert.Equal(AnalyzedText.Of(fresh, Second), secondPass, new AnalyzedTextComparer());
        Assert.Contains("联合国环境规划署", firstPass.Terms);
        Assert.Equal(["thanapon", "piman", "斯德哥尔摩环境研究所", "sei", "高级研究员"], secondPass.Terms);
    }

    [Property(MaxTest = 300)]
    public Property Offsets_never_go_backwards_and_end_at_the_text_length() =>
        Prop.ForAll(RandomText.Arbitrary, text =>
        {
            using var analyzer = new WordAnalyzer(Segmenter.Value);
            var result = AnalyzedText.Of(analyzer, text);
            var previousStart = 0;
            foreach (var token in result.Tokens)
            {
                if (token.Start < previousStart || token.End < token.Start || token.End > text.Length || token.PositionIncrement < 1)
                {
                    return false;
                }

                previousStart = token.Start;
            }

            return result.FinalOffset == text.Length;
        });

    private sealed class AnalyzedTextComparer : IEqualityComparer<AnalyzedText>
    {
        public bool Equals(AnalyzedText? x, AnalyzedText? y) =>
            x is not null && y is not null && x.FinalOffset == y.FinalOffset && x.Tokens.SequenceEqual(y.Tokens);

        public int GetHashCode(AnalyzedText obj) => obj.FinalOffset;
    }
}

/// <summary>Random text mixing Han, Latin, digits (both widths), punctuation, whitespace, emoji and lone surrogates.</summary>
internal static class RandomText
{
    private static readonly string[] Fragments =
    [
        "澜湄", "湄公河", "二○○一年", "第三", "55.6亿", "25％", "ＰＭ２．５", "COVID-19", "Phnom Kulen", "𠀀", "😀", "\uD800", "\uDC00",
        " ", "\t", "\r\n", "\u3000", "，", "。", "（", "）", "—", "……", "ｶﾀｶﾅ", "한국어", "ひらがな", "e\u0301", "don't", "U.S.A.",
    ];

    public static Arbitrary<string> Arbitrary { get; } = Generator().ToArbitrary();

    private static Gen<string> Generator()
    {
        var han = Gen.Choose(0x4E00, 0x9FFF).Select(c => ((char)c).ToString());
        var anyBmp = Gen.Choose(0x20, 0xFFFD).Select(c => ((char)c).ToString());
        var latin = Gen.Elements("a", "B", "z", "0", "9", "-", ".", "'");
        var piece = Gen.Frequency((4, han), (2, Gen.Elements(Fragments)), (2, latin), (1, anyBmp));
        return Gen.ListOf(piece).Select(pieces => string.Concat(pieces));
    }
}
