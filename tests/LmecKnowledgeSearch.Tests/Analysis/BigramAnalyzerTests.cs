using LmecKnowledgeSearch.Analysis;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Analysis;

public sealed class BigramAnalyzerTests
{
    [Fact]
    public void Emits_overlapping_bigrams_with_offsets_and_folds_widths()
    {
        using var analyzer = new BigramAnalyzer();

        var result = AnalyzedText.Of(analyzer, "澜湄合作ＳＥＩ");

        Assert.Equal(
            [
                new AnalyzedToken("澜湄", 0, 2, "<DOUBLE>", 1),
                new AnalyzedToken("湄合", 1, 3, "<DOUBLE>", 1),
                new AnalyzedToken("合作", 2, 4, "<DOUBLE>", 1),
                new AnalyzedToken("sei", 4, 7, "<ALPHANUM>", 1),
            ],
            result.Tokens);
        Assert.Equal(7, result.FinalOffset);
    }
}
