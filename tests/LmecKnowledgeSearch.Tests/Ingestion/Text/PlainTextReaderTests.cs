using System.Text;
using LmecKnowledgeSearch.Ingestion;
using LmecKnowledgeSearch.Ingestion.Text;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Ingestion.Text;

public sealed class PlainTextReaderTests : IDisposable
{
    private readonly PlainTextReader reader = new();
    private readonly ScratchDirectory scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task Reports_random_bytes_named_txt_as_binary_but_reads_the_gb18030_seed()
    {
        var bytes = new byte[16 * 1024];
        new Random(11).NextBytes(bytes);

        var failure = Assert.IsType<ReadResult.Failure>(await reader.ReadAsync(scratch.Write("random.txt", bytes)));
        var gb18030 = await reader.ReadAsync(Path.Combine(TestCorpus.RepoCorpus, "lmec-briefing-2022-11.gb18030.txt"));

        Assert.Equal(ReadFailureKind.Corrupt, failure.Kind);
        Assert.StartsWith("binary data, not text", failure.Reason, StringComparison.Ordinal);
        Assert.IsType<ReadResult.Success>(gb18030);
    }

    [Fact]
    public async Task Reads_the_seed_as_utf8_paragraphs_with_its_first_line_as_title()
    {
        var document = Assert.IsType<ReadResult.Success>(await reader.ReadAsync(TestCorpus.SeedBriefing)).Document;

        Assert.Equal("utf-8", document.Properties.Encoding);
        Assert.Equal("澜沧江-湄公河环境合作中心", document.Properties.Title);
        Assert.Contains(document.Blocks, b => b.Text == "Makiko Yashiro\n联合国环境规划署亚太区办公室生态系统管理项目官员/区域协调员");
        Assert.Contains(document.Blocks, b => b.Text.Contains("西双版纳州", StringComparison.Ordinal));
        Assert.All(document.Blocks, b => Assert.DoesNotContain("\n\n", b.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reads_the_gb18030_rendition_to_the_same_blocks_as_the_seed()
    {
        var seed = Assert.IsType<ReadResult.Success>(await reader.ReadAsync(TestCorpus.SeedBriefing)).Document;
        var gb = Assert.IsType<ReadResult.Success>(
            await reader.ReadAsync(Path.Combine(TestCorpus.RepoCorpus, "lmec-briefing-2022-11.gb18030.txt"))).Document;

        Assert.Equal("gb18030", gb.Properties.Encoding);
        Assert.Equal(seed.Blocks, gb.Blocks);
    }

    [Fact]
    public async Task Normalises_crlf_and_cr_line_endings()
    {
        var path = scratch.Write("crlf.txt", "Title line\r\n\r\nfirst line\rsecond line\r\n\r\n\r\nlast paragraph\r\n");

        var document = Assert.IsType<ReadResult.Success>(await reader.ReadAsync(path)).Document;

        Assert.Equal(["Title line", "first line\nsecond line", "last paragraph"], document.Blocks.Select(b => b.Text));
        Assert.Equal(BlockKind.Title, document.Blocks[0].Kind);
    }

    [Fact]
    public async Task Does_not_take_a_sentence_as_title()
    {
        var path = scratch.Write("sentence.txt", "会议于2022年4月21日在京召开。\n\n第二段。");

        var document = Assert.IsType<ReadResult.Success>(await reader.ReadAsync(path)).Document;

        Assert.Null(document.Properties.Title);
        Assert.Equal(BlockKind.Paragraph, document.Blocks[0].Kind);
    }

    [Fact]
    public async Task Reports_a_zero_byte_file_as_empty()
    {
        var failure = Assert.IsType<ReadResult.Failure>(await reader.ReadAsync(scratch.Write("zero.txt", Array.Empty<byte>())));

        Assert.Equal(ReadFailureKind.Empty, failure.Kind);
        Assert.Equal("empty file", failure.Reason);
    }

    [Fact]
    public async Task Reports_a_whitespace_only_file_as_empty()
    {
        var path = scratch.Write("blank.txt", Encoding.UTF8.GetBytes(" \r\n\t\u3000\n  \n"));

        var failure = Assert.IsType<ReadResult.Failure>(await reader.ReadAsync(path));

        Assert.Equal(ReadFailureKind.Empty, failure.Kind);
    }

    [Fact]
    public async Task Reports_a_file_over_the_size_limit_as_too_large()
    {
        var small = new PlainTextReader(maxBytes: 1024);

        var failure = Assert.IsType<ReadResult.Failure>(await small.ReadAsync(TestCorpus.SeedBriefing));

        Assert.Equal(ReadFailureKind.TooLarge, failure.Kind);
        Assert.Contains("limit", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_a_missing_file_as_unreadable()
    {
        var failure = Assert.IsType<ReadResult.Failure>(await reader.ReadAsync(Path.Combine(scratch.Path, "absent.txt")));

        Assert.Equal(ReadFailureKind.Unreadable, failure.Kind);
    }
}
