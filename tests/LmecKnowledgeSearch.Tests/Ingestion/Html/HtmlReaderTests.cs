using System.Text;
using LmecKnowledgeSearch.Ingestion;
using LmecKnowledgeSearch.Ingestion.Html;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Ingestion.Html;

public sealed class HtmlReaderTests : IDisposable
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
          <meta charset="utf-8">
          <title>专家观点 | 澜湄环境合作中心</title>
          <meta name="author" content="澜沧江-湄公河环境合作中心">
          <meta name="date" content="2022-05-20">
          <meta name="description" content="圆桌对话专家观点摘编">
          <style>body { font-family: serif; }</style>
          <script>var tracking = "不应出现的脚本文字";</script>
        </head>
        <body>
          <header><a href="/">首页</a> 网站页眉</header>
          <nav><ul><li>导航一</li><li>导航二</li></ul></nav>
          <main>
            <h1>澜湄流域生态基础设施支持社区可持续发展</h1>
            <p>联合国环境规划署开发实施了澜沧江-湄公河合作框架下的项目，
               通过在中国云南西双版纳州开展试点。</p>
            <h3>Thanapon Piman</h3>
            <p>Stockholm Environment Institute<br>高级研究员</p>
            <ul><li>水资源管理</li><li>生态系统服务</li></ul>
            <table><tr><th>姓名</th><td>陈英豪</td></tr></table>
            <noscript>请启用脚本</noscript>
            <template><p>模板文字</p></template>
          </main>
          <footer>版权所有 网站页脚</footer>
        </body>
        </html>
        """;

    private readonly HtmlReader reader = new();
    private readonly ScratchDirectory scratch = new();

    public void Dispose() => scratch.Dispose();

    private async Task<ExtractedDocument> ReadPage() =>
        Assert.IsType<ReadResult.Success>(await reader.ReadAsync(scratch.Write("page.html", Page))).Document;

    [Fact]
    public async Task Keeps_only_the_main_text()
    {
        var text = (await ReadPage()).Text;

        Assert.Contains("西双版纳州", text, StringComparison.Ordinal);
        foreach (var furniture in new[] { "网站页眉", "导航一", "不应出现的脚本文字", "font-family", "请启用脚本", "模板文字", "网站页脚" })
        {
            Assert.DoesNotContain(furniture, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Keeps_headings_list_items_and_table_cells_as_blocks()
    {
        var blocks = (await ReadPage()).Blocks;

        Assert.Contains(new TextBlock(BlockKind.Heading, "澜湄流域生态基础设施支持社区可持续发展", 1), blocks);
        Assert.Contains(new TextBlock(BlockKind.Heading, "Thanapon Piman", 3), blocks);
        Assert.Contains(new TextBlock(BlockKind.ListItem, "水资源管理"), blocks);
        Assert.Contains(new TextBlock(BlockKind.TableCell, "陈英豪"), blocks);
        Assert.Contains(new TextBlock(BlockKind.Paragraph, "Stockholm Environment Institute\n高级研究员"), blocks);
    }

    [Fact]
    public async Task Joins_source_line_wraps_between_chinese_characters_without_a_space()
    {
        var blocks = (await ReadPage()).Blocks;

        Assert.Contains(blocks, b => b.Text == "联合国环境规划署开发实施了澜沧江-湄公河合作框架下的项目，通过在中国云南西双版纳州开展试点。");
    }

    [Fact]
    public async Task Reads_title_meta_and_language_into_properties()
    {
        var properties = (await ReadPage()).Properties;

        Assert.Equal("专家观点 | 澜湄环境合作中心", properties.Title);
        Assert.Equal(["澜沧江-湄公河环境合作中心"], properties.Authors);
        Assert.Equal(new DateOnly(2022, 5, 20), properties.Date);
        Assert.Equal("zh-CN", properties.Language);
    }

    [Fact]
    public async Task Drops_page_header_and_footer_when_there_is_no_main_element()
    {
        var html = "<html><body><header>站点标题</header><div><p>正文段落。</p></div><footer>页脚</footer></body></html>";

        var document = Assert.IsType<ReadResult.Success>(await reader.ReadAsync(scratch.Write("nomain.htm", html))).Document;

        Assert.Equal(["正文段落。"], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task Decodes_a_gb18030_page_declared_as_gbk()
    {
        var html = "<html><head><meta charset=\"gbk\"><title>简报</title></head><body><p>" + TestCorpus.ReadSeed() + "</p></body></html>";
        var path = scratch.Write("gbk.html", Encoding.GetEncoding("GB18030").GetBytes(html));

        var document = Assert.IsType<ReadResult.Success>(await reader.ReadAsync(path)).Document;

        Assert.Equal("gb18030", document.Properties.Encoding);
        Assert.Contains("西双版纳州", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_a_hundred_thousand_nested_divs_as_flat_text_in_seconds()
    {
        var html = new StringBuilder("<html><head><title>嵌套页面</title><script>var x = \"脚本文字\";</script></head><body>");
        html.Insert(html.Length, "<div>", 100_000);
        html.Append("<p>稻虾轮作&amp;减少化肥</p><p>第二段</p>");
        html.Insert(html.Length, "</div>", 100_000);
        html.Append("</body></html>");
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        var result = await reader.ReadAsync(scratch.Write("deeper.html", html.ToString()));

        // The DOM parser took over three minutes on this page; the flat reading takes a few seconds at most.
        Assert.InRange(stopwatch.Elapsed.TotalSeconds, 0, 30);
        var document = Assert.IsType<ReadResult.Success>(result).Document;
        Assert.Equal(["稻虾轮作&减少化肥", "第二段"], document.Blocks.Select(b => b.Text));
        Assert.Equal("嵌套页面", document.Properties.Title);
    }

    [Fact]
    public async Task Reports_random_bytes_named_html_as_binary()
    {
        var bytes = new byte[16 * 1024];
        new Random(7).NextBytes(bytes);

        var failure = Assert.IsType<ReadResult.Failure>(await reader.ReadAsync(scratch.Write("random.html", bytes)));

        Assert.Equal(ReadFailureKind.Corrupt, failure.Kind);
        Assert.StartsWith("binary data, not text", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_ten_thousand_nested_elements_without_overflowing_the_stack()
    {
        const int depth = 10_000;
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < depth; i++)
        {
            html.Append(i % 2 == 0 ? "<div>" : "<span>");
        }

        html.Append("深层正文");
        for (var i = depth - 1; i >= 0; i--)
        {
            html.Append(i % 2 == 0 ? "</div>" : "</span>");
        }

        html.Append("</body></html>");

        // A stack overflow cannot be caught: it would kill the test host, so reaching the assert is the test.
        var result = await reader.ReadAsync(scratch.Write("deep.html", html.ToString()));

        var document = Assert.IsType<ReadResult.Success>(result).Document;
        Assert.Contains("深层正文", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_a_page_without_body_text_as_empty()
    {
        var failure = Assert.IsType<ReadResult.Failure>(
            await reader.ReadAsync(scratch.Write("nav-only.html", "<html><body><nav>菜单</nav><script>x()</script></body></html>")));

        Assert.Equal(ReadFailureKind.Empty, failure.Kind);
    }
}
