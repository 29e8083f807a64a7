using LmecKnowledgeSearch.Answering;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Answering;

public sealed class SentenceSplitterTests
{
    private static readonly SentenceSplitter Splitter = new();

    [Fact]
    public void Splits_chinese_at_full_stops_and_semicolons_keeping_offsets()
    {
        const string text = "一是可持续的水管理应该超越流域限制；二是考虑生态系统的影响。三是让受影响的人参与！";

        var sentences = Splitter.Split(text);

        Assert.Equal(["一是可持续的水管理应该超越流域限制；", "二是考虑生态系统的影响。", "三是让受影响的人参与！"], sentences.Select(s => s.Text));
        Assert.All(sentences, s => Assert.Equal(s.Text, text.Substring(s.Start, s.Text.Length)));
    }

    [Fact]
    public void Does_not_split_english_at_decimals_abbreviations_or_initials()
    {
        const string text = "Rainfall fell by 3.5 per cent, e.g. in Laos. Dr. Smith and J. Doe wrote the report in the U.S. last year. It was read widely.";

        var sentences = Splitter.Split(text);

        Assert.Equal(3, sentences.Count);
        Assert.StartsWith("Dr. Smith", sentences[1].Text);
        Assert.Equal("It was read widely.", sentences[2].Text);
    }

    [Fact]
    public void Keeps_a_quotation_with_inner_stops_in_one_sentence_and_its_closing_quote_attached()
    {
        const string text = "他说：“我们要合作。要共享！”随后会议结束。";

        var sentences = Splitter.Split(text);

        Assert.Equal(["他说：“我们要合作。要共享！”", "随后会议结束。"], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Breaks_at_blank_lines_even_without_a_stop()
    {
        var sentences = Splitter.Split("专家观点\n\n宋扬 乐施会高级项目主管\n\n社区和生态系统紧密关联。");

        Assert.Equal(3, sentences.Count);
        Assert.Equal("专家观点", sentences[0].Text);
    }

    [Fact]
    public void Splits_the_seed_briefing_into_sentences_that_are_substrings_at_their_offsets()
    {
        var seed = TestCorpus.ReadSeed();

        var sentences = Splitter.Split(seed);

        Assert.InRange(sentences.Count, 50, 200);
        Assert.All(sentences, s => Assert.Equal(s.Text, seed.Substring(s.Start, s.Text.Length)));
        Assert.Contains(sentences, s => s.Text.StartsWith("2022年4月21日", StringComparison.Ordinal) && s.Text.EndsWith("在京召开。", StringComparison.Ordinal));
    }
    [Fact]
    public void Gives_each_short_masthead_line_of_a_joined_block_its_own_sentence()
    {
        // The seed's masthead as an indexed unit joins it: one line each for the centre, the issue and the date.
        var lines = TestCorpus.ReadSeed().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(6).ToArray();
        var block = string.Join('\n', lines);

        var sentences = Splitter.Split(block).Select(s => s.Text).ToArray();

        Assert.Contains("2022年5月20日", sentences);
        Assert.Contains("2022年 第11期", sentences);
    }

    [Fact]
    public void Keeps_a_paragraph_wrapped_over_long_lines_as_one_sentence()
    {
        var paragraph = TestCorpus.ReadSeed().Split('\n').First(l => l.Contains("近300人", StringComparison.Ordinal)).Trim();
        var first = paragraph.IndexOf('，') + 1;
        // Hard-wrapped as a PDF would give it: full-width lines, the break after a comma and mid-clause.
        var wrapped = paragraph[..first] + "\n" + paragraph[first..(first + 40)] + "\n" + paragraph[(first + 40)..];

        var sentences = Splitter.Split(wrapped);

        Assert.Equal(2, sentences.Count);
    }
}
