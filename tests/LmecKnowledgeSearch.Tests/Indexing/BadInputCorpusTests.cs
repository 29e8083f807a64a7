using System.Text;
using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Enrichment;
using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Ingestion;
using LmecKnowledgeSearch.Ingestion.Docx;
using LmecKnowledgeSearch.Ingestion.Html;
using LmecKnowledgeSearch.Ingestion.Markdown;
using LmecKnowledgeSearch.Ingestion.Pdf;
using LmecKnowledgeSearch.Ingestion.Text;
using LmecKnowledgeSearch.Search;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Indexing;

/// <summary>
/// A corpus of damaged and hostile files built on the spot: each bad file must come back as a per-file failure with a
/// reason that says what is wrong (or be indexed when it is in fact readable), and the good files beside them must be
/// indexed and found.
/// </summary>
public sealed class BadInputCorpusTests : IDisposable
{
    private const string VanishingFile = "bad/vanishes-mid-run.txt";

    private readonly TempCorpus temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Reports_each_bad_file_with_its_reason_and_indexes_everything_else()
    {
        var seedPdf = await File.ReadAllBytesAsync(Path.Combine(TestCorpus.RepoCorpus, "lmec-briefing-2022-11.pdf"));
        temp.CopyFromRepoCorpus("lmec-briefing-2022-11.txt", "good/briefing.txt");
        temp.Write("good/notes.md", "# 会议纪要\n\n与会代表讨论了湄公河三角洲红树林恢复与渔民参与监测的做法。\n");
        temp.Write("good/gbk.txt", Encoding.GetEncoding("GBK").GetBytes("老挝琅勃拉邦的社区林业试点让村民种植了柚木和竹子，收入有所提高。\n\n试点由村委会和林业部门共同管理。\n"));
        temp.Write("good/utf16.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("柬埔寨洞里萨湖的浮村居民在雨季组织了鱼类资源巡护队。\n\nThe patrols recorded illegal fishing gear.\n")).ToArray());
        temp.Write("good/deep.html", DeeplyNestedHtml(100_000, "越南湄公河平原的稻虾轮作模式减少了化肥用量。"));
        temp.Write("bad/truncated.pdf", seedPdf[..(seedPdf.Length / 2)]);
        File.Copy(Path.Combine(TestCorpus.RepoRoot, "tests", "LmecKnowledgeSearch.Tests", "Ingestion", "Pdf", "Fixtures", "password-protected.pdf"), Path.Combine(temp.Corpus, "bad", "encrypted.pdf"));
        temp.Write("bad/zero.pdf", []);
        temp.Write("bad/random.pdf", RandomBytes(1, 64 * 1024));
        temp.Write("bad/random.docx", RandomBytes(2, 64 * 1024));
        temp.Write("bad/random.html", RandomBytes(3, 64 * 1024));
        temp.Write("bad/random.txt", RandomBytes(4, 64 * 1024));
        temp.Write("bad/not-a-zip.docx", "This is plain text saved with a .docx name; it is not a zip package.\n");
        temp.Write(VanishingFile, "这个文件在索引过程中被删除。\n");
        WriteLargeText(Path.Combine(temp.Corpus, "bad", "huge.txt"), 50L * 1024 * 1024);
        using var knowledge = new KnowledgeBase(temp.IndexPath, TimeProvider.System);
        var indexer = new CorpusIndexer(new DocumentPipeline(RegistryThatLosesAFile(), DocumentUnitBuilder.CreateDefault()), SegmenterFactory.CreateDefault(), TimeProvider.System);

        var report = await indexer.IndexAsync(temp.IndexPath, [temp.Corpus]);

        var reasons = report.Failed.ToDictionary(f => f.Path, f => f.Reason);
        Assert.Equal(
            ["bad/encrypted.pdf", "bad/huge.txt", "bad/not-a-zip.docx", "bad/random.docx", "bad/random.html", "bad/random.pdf", "bad/random.txt", "bad/truncated.pdf", VanishingFile, "bad/zero.pdf"],
            reasons.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("corrupt: truncated or corrupt PDF", reasons["bad/truncated.pdf"], StringComparison.Ordinal);
        Assert.StartsWith("encrypted:", reasons["bad/encrypted.pdf"], StringComparison.Ordinal);
        Assert.StartsWith("empty:", reasons["bad/zero.pdf"], StringComparison.Ordinal);
        Assert.StartsWith("corrupt:", reasons["bad/random.pdf"], StringComparison.Ordinal);
        Assert.StartsWith("corrupt:", reasons["bad/random.docx"], StringComparison.Ordinal);
        Assert.StartsWith("corrupt:", reasons["bad/not-a-zip.docx"], StringComparison.Ordinal);
        Assert.Contains("binary", reasons["bad/random.html"], StringComparison.Ordinal);
        Assert.Contains("binary", reasons["bad/random.txt"], StringComparison.Ordinal);
        Assert.StartsWith("toolarge:", reasons["bad/huge.txt"], StringComparison.Ordinal);
        Assert.StartsWith("unreadable: file not found", reasons[VanishingFile], StringComparison.Ordinal);
        Assert.Equal(5, report.Indexed);
        Assert.Contains("good/briefing.txt", Sources(knowledge, "橡胶"));
        Assert.Contains("good/notes.md", Sources(knowledge, "红树林"));
        Assert.Contains("good/gbk.txt", Sources(knowledge, "柚木"));
        Assert.Contains("good/utf16.txt", Sources(knowledge, "浮村"));
        Assert.Contains("good/utf16.txt", Sources(knowledge, "patrols"));
        Assert.Contains("good/deep.html", Sources(knowledge, "稻虾轮作"));
    }

    private static IReadOnlyList<string> Sources(KnowledgeBase knowledge, string query) =>
        knowledge.Search.Search(new SearchRequest { Query = query, Top = 20 }).Hits.Select(h => h.Source).ToList();

    /// <summary>The default readers, except that the file meant to vanish is deleted just before it is read.</summary>
    private DocumentReaderRegistry RegistryThatLosesAFile() =>
        new([new VanishingFileReader(new PlainTextReader(), Path.Combine(temp.Corpus, VanishingFile)), new MarkdownReader(), new HtmlReader(), new DocxReader(), new PdfReader()]);

    private static byte[] DeeplyNestedHtml(int depth, string text)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>深层嵌套</title></head><body>");
        html.Insert(html.Length, "<div>", depth);
        html.Append("<p>").Append(text).Append("</p>");
        html.Insert(html.Length, "</div>", depth);
        html.Append("</body></html>");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static byte[] RandomBytes(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static void WriteLargeText(string path, long bytes)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        var line = "第一百号会议纪要：湄公河流域洪水预警系统的运行情况良好，社区志愿者参与了演练。\n";
        var lineBytes = Encoding.UTF8.GetByteCount(line);
        for (long written = 0; written < bytes; written += lineBytes)
        {
            writer.Write(line);
        }
    }

    private sealed class VanishingFileReader(IDocumentReader inner, string vanishingPath) : IDocumentReader
    {
        public IReadOnlyCollection<string> Extensions => inner.Extensions;

        public Task<ReadResult> ReadAsync(string path, CancellationToken cancellationToken = default)
        {
            // Deleted after the indexer listed and hashed it, as when a user removes a file while a run is going on.
            if (string.Equals(Path.GetFullPath(path), vanishingPath, StringComparison.Ordinal))
            {
                File.Delete(path);
            }

            return inner.ReadAsync(path, cancellationToken);
        }
    }
}
