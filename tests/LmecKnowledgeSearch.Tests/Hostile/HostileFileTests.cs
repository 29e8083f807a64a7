using System.Security.Cryptography;
using LmecKnowledgeSearch.Analysis;
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
using Lucene.Net.Analysis.TokenAttributes;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Hostile;

/// <summary>
/// Files built to break a run (issue 12): one file's trouble — an immense token, an exception, a reader that will not
/// finish — is that file's failure with a reason, and the rest of the run commits.
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly TempCorpus temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_file_of_one_unbroken_34_kB_token_is_indexed_beside_the_good_files()
    {
        temp.CopyFromRepoCorpus("lmec-briefing-2022-11.txt", "good/briefing.txt");
        temp.Write("hostile/hexdump.txt", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(17 * 1024)));
        temp.Write("hostile/base64.md", "# Blob\n\n" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(48 * 1024)) + "\n");
        using var knowledge = new KnowledgeBase(temp.IndexPath, TimeProvider.System);

        var report = await knowledge.IndexAsync([temp.Corpus]);

        Assert.Empty(report.Failed);
        Assert.Equal(3, report.Indexed);
        Assert.Contains(knowledge.Search.Search(new SearchRequest { Query = "橡胶" }).Hits, h => h.Source == "good/briefing.txt");
        Assert.NotNull(knowledge.Search.GetUnit("hostile/hexdump.txt#0"));
    }

    [Fact]
    public void The_word_analyzer_cuts_an_immense_token_below_lucenes_term_limit()
    {
        var analyzer = IndexSchema.CreateAnalyzer(SegmenterFactory.CreateDefault());
        var token = new string('f', 40_000);
        foreach (var field in new[] { IndexSchema.Text, IndexSchema.TextBigram, IndexSchema.Title, IndexSchema.Speaker })
        {
            using var stream = analyzer.GetTokenStream(field, $"before {token} after");
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            var lengths = new List<int>();
            while (stream.IncrementToken())
            {
                lengths.Add(term.Length);
            }

            stream.End();
            Assert.All(lengths, length => Assert.InRange(length, 1, TermLength.MaxTermChars));
            Assert.True(lengths.Count >= 2, $"{field}: the words beside the long token are still indexed");
        }
    }

    [Fact]
    public async Task A_reader_that_throws_fails_its_file_and_the_run_commits()
    {
        temp.CopyFromRepoCorpus("lmec-briefing-2022-11.txt", "good/briefing.txt");
        temp.Write("hostile/explodes.md", "# 会议\n\n正文。\n");
        var indexer = Indexer(new ThrowingReader(new IndexOutOfRangeException("Index was outside the bounds of the array.")));

        var report = await indexer.IndexAsync(temp.IndexPath, [temp.Corpus]);

        var failure = Assert.Single(report.Failed);
        Assert.Equal("hostile/explodes.md", failure.Path);
        Assert.StartsWith("corrupt: unexpected error (IndexOutOfRangeException)", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(1, report.Indexed);
    }

    [Fact]
    public async Task A_reader_that_never_finishes_times_out_alone_and_stops_working()
    {
        temp.CopyFromRepoCorpus("lmec-briefing-2022-11.txt", "good/briefing.txt");
        var builder = DocumentUnitBuilder.CreateDefault();
        var registry = new DocumentReaderRegistry([new PlainTextReader(), new HtmlReader()]);

        // A first run with the usual timeout loads the models, so the short timeout below measures reading alone.
        await new CorpusIndexer(new DocumentPipeline(registry, builder), SegmenterFactory.CreateDefault(), TimeProvider.System).IndexAsync(temp.IndexPath, [temp.Corpus]);
        temp.Write("good/short.txt", "湄公河委员会发布了洪水预警。\n");
        temp.Write("hostile/endless.md", "# 会议\n\n正文。\n");
        var endless = new EndlessReader();
        var indexer = new CorpusIndexer(new DocumentPipeline(new DocumentReaderRegistry([new PlainTextReader(), endless]), builder, TimeSpan.FromSeconds(2)), SegmenterFactory.CreateDefault(), TimeProvider.System);

        var report = await indexer.IndexAsync(temp.IndexPath, [temp.Corpus]);

        var failure = Assert.Single(report.Failed);
        Assert.Equal("hostile/endless.md", failure.Path);
        Assert.StartsWith("timeout:", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(1, report.Indexed);
        Assert.Equal(1, report.Unchanged);

        // The abandoned read saw its cancellation and stopped: no reader keeps a core busy after its timeout. (On a
        // busy machine the timeout may fall before the read was even scheduled; then it never started, which is as good.)
        if (endless.Started)
        {
            Assert.True(await endless.Stopped.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        }
    }

    [Fact]
    public async Task Failure_reasons_name_no_absolute_path()
    {
        temp.Write("hostile/explodes.md", "# 会议\n\n正文。\n");
        temp.CopyFromRepoCorpus("lmec-briefing-2022-11.txt", "good/briefing.txt");
        var path = Path.Combine(temp.Corpus, "hostile", "explodes.md");
        var indexer = Indexer(new ThrowingReader(new IOException($"Could not read '{path}' via /tmp/parser-scratch-81723/page.bin")));

        var report = await indexer.IndexAsync(temp.IndexPath, [temp.Corpus]);

        var reason = Assert.Single(report.Failed).Reason;
        Assert.DoesNotContain(temp.Root, reason, StringComparison.Ordinal);
        Assert.DoesNotContain("/tmp/", reason, StringComparison.Ordinal);
        Assert.Contains("hostile/explodes.md", reason, StringComparison.Ordinal);
        Assert.Contains("page.bin", reason, StringComparison.Ordinal);
    }

    private static CorpusIndexer Indexer(IDocumentReader markdown, TimeSpan? timeout = null) =>
        new(new DocumentPipeline(new DocumentReaderRegistry([new PlainTextReader(), markdown, new HtmlReader(), new DocxReader(), new PdfReader()]), DocumentUnitBuilder.CreateDefault(), timeout), SegmenterFactory.CreateDefault(), TimeProvider.System);

    private sealed class ThrowingReader(Exception error) : IDocumentReader
    {
        public IReadOnlyCollection<string> Extensions { get; } = [".md"];

        public Task<ReadResult> ReadAsync(string path, CancellationToken cancellationToken = default) => throw error;
    }

    /// <summary>A parser stuck in a loop that still checks its token, as the product's readers do between pages and paragraphs.</summary>
    private sealed class EndlessReader : IDocumentReader
    {
        public TaskCompletionSource<bool> Stopped { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IReadOnlyCollection<string> Extensions { get; } = [".md"];

        public bool Started { get; private set; }

        public Task<ReadResult> ReadAsync(string path, CancellationToken cancellationToken = default)
        {
            Started = true;
            try
            {
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Thread.SpinWait(1000);
                }
            }
            finally
            {
                Stopped.TrySetResult(true);
            }
        }
    }
}
