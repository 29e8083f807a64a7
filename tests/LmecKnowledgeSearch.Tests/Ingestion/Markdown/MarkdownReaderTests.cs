using LmecKnowledgeSearch.Ingestion;
using LmecKnowledgeSearch.Ingestion.Markdown;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Ingestion.Markdown;

public sealed class MarkdownReaderTests : IDisposable
{
    private const string Briefing = """
        ---
        title: "澜湄生态基础设施圆桌对话：专家观点"
        date: 2022-05-20 09:00:00 +0800
        author: [陈英豪, Makiko Yashiro]
        lang: zh
        tags:
        - 生态系统
        - 橡胶林
        ---

        # 专题二：澜湄流域生态基础设施

        会议围绕**澜湄生态基础设施**助力社区发展主题，分享[良好实践](https://example.org/practice)。
        ![会场照片](photo.jpg)

        ## 专家名单

        - Makiko Yashiro，联合国环境规划署
        - Thanapon Piman，斯德哥尔摩环境研究所（SEI）

        | 姓名 | 机构 |
        | --- | --- |
        | 陈英豪 | 澜沧江-湄公河环境合作中心 |

        碳排放按 $E = \sum_i A_i \times F_i$ 估算，项目通过在
        西双版纳州开展试点。
        """;

    private readonly MarkdownReader reader = new();
    private readonly ScratchDirectory scratch = new();

    public void Dispose() => scratch.Dispose();

    private async Task<ExtractedDocument> ReadBriefing() =>
        Assert.IsType<ReadResult.Success>(await reader.ReadAsync(scratch.Write("briefing.md", Briefing))).Document;

    [Fact]
    public async Task Reads_front_matter_into_properties()
    {
        var properties = (await ReadBriefing()).Properties;

        Assert.Equal("澜湄生态基础设施圆桌对话：专家观点", properties.Title);
        Assert.Equal(new DateOnly(2022, 5, 20), properties.Date);
        Assert.Equal(["陈英豪", "Makiko Yashiro"], properties.Authors);
        Assert.Equal("zh", properties.Language);
    }

    [Fact]
    public async Task Keeps_headings_with_their_level()
    {
        var headings = (await ReadBriefing()).Blocks.Where(b => b.Kind == BlockKind.Heading).ToList();

        Assert.Equal([("专题二：澜湄流域生态基础设施", 1), ("专家名单", 2)], headings.Select(h => (h.Text, h.Level)));
    }

    [Fact]
    public async Task Strips_inline_markup_keeps_link_text_and_drops_images()
    {
        var paragraph = (await ReadBriefing()).Blocks.First(b => b.Text.StartsWith("会议围绕", StringComparison.Ordinal));

        Assert.Equal("会议围绕澜湄生态基础设施助力社区发展主题，分享良好实践。", paragraph.Text);
    }

    [Fact]
    public async Task Reads_list_items_and_table_cells_as_their_own_blocks()
    {
        var blocks = (await ReadBriefing()).Blocks;

        Assert.Contains(new TextBlock(BlockKind.ListItem, "Thanapon Piman，斯德哥尔摩环境研究所（SEI）"), blocks);
        Assert.Contains(new TextBlock(BlockKind.TableCell, "澜沧江-湄公河环境合作中心"), blocks);
        Assert.Contains(new TextBlock(BlockKind.TableCell, "姓名"), blocks);
    }

    [Fact]
    public async Task Keeps_latex_as_text_and_joins_wrapped_chinese_lines_without_a_space()
    {
        var paragraph = (await ReadBriefing()).Blocks.Last();

        Assert.Equal(@"碳排放按 E = \sum_i A_i \times F_i 估算，项目通过在西双版纳州开展试点。", paragraph.Text);
    }

    [Fact]
    public async Task Takes_the_first_top_heading_as_title_without_front_matter()
    {
        var path = scratch.Write("plain.md", "Intro line.\n\n# Climate adaptation in the Mekong\n\nBody text.\n");

        var document = Assert.IsType<ReadResult.Success>(await reader.ReadAsync(path)).Document;

        Assert.Equal("Climate adaptation in the Mekong", document.Properties.Title);
    }

    [Fact]
    public async Task Survives_deeply_nested_block_quotes()
    {
        var path = scratch.Write("deep.md", new string('>', 5000) + " 深层引用\n");

        var result = await reader.ReadAsync(path);

        Assert.True(result is ReadResult.Success or ReadResult.Failure);
    }

    [Fact]
    public async Task Reports_an_empty_file()
    {
        var failure = Assert.IsType<ReadResult.Failure>(await reader.ReadAsync(scratch.Write("empty.md", "---\ntitle: x\n---\n")));

        Assert.Equal(ReadFailureKind.Empty, failure.Kind);
    }

    [Fact]
    public async Task Reads_the_summary_and_author_bio_of_the_front_matter_as_text_and_no_other_field()
    {
        const string post = """
            ---
            title: Farmers adapt in the Mekong
            layout: post
            summary: Farmers in the Lower Mekong Basin change how they win their livelihoods.
            author-bio: "[Jane Doe](http://example.org/jane), left,
              is the practice lead for climate adaptation."
            tags: [climate, mekong, farmers, adaptation, finance]
            ---
            Body text about rice.
            """;

        var document = Assert.IsType<ReadResult.Success>(await reader.ReadAsync(scratch.Write("post.md", post))).Document;

        Assert.Contains(document.Blocks, b => b.Text == "Farmers in the Lower Mekong Basin change how they win their livelihoods.");
        Assert.Contains(document.Blocks, b => b.Text == "Jane Doe, left, is the practice lead for climate adaptation.");
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("http", StringComparison.Ordinal) || b.Text.Contains("climate, mekong", StringComparison.Ordinal));
    }

    [SharedCorpusFact]
    public async Task Reads_jekyll_front_matter_of_the_shared_corpus_posts()
    {
        var posts = Directory.GetFiles(Path.Combine(TestCorpus.SharedCorpus!, "dai-developments-mekong-en"), "*.markdown");
        Assert.NotEmpty(posts);

        foreach (var post in posts)
        {
            var document = Assert.IsType<ReadResult.Success>(await reader.ReadAsync(post)).Document;

            // Jekyll names posts yyyy-mm-dd-slug; the front matter date must agree with it.
            var fromName = DateOnly.ParseExact(Path.GetFileName(post)[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(fromName, document.Properties.Date);
            Assert.False(string.IsNullOrWhiteSpace(document.Properties.Title));
            Assert.DoesNotContain(document.Blocks, b => b.Text.StartsWith("title:", StringComparison.Ordinal));
        }
    }
}
