using System.Diagnostics;
using LmecKnowledgeSearch.Ingestion;
using LmecKnowledgeSearch.Ingestion.Text;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;
using Xunit.Abstractions;

namespace LmecKnowledgeSearch.Tests.Ingestion;

public sealed class DocumentReaderRegistryTests(ITestOutputHelper output)
{
    // The shared corpus holds 220 documents; a handful may be unreadable for good reasons (scans, damage).
    private const int MaxSharedCorpusFailures = 5;

    private readonly DocumentReaderRegistry registry = DocumentReaderRegistry.CreateDefault();

    public static TheoryData<string> SharedCorpusFiles() => new(SharedCorpusPaths());

    /// <summary>Every file of ../shared/corpus with a supported extension, relative to the corpus folder.</summary>
    private static IReadOnlyList<string> SharedCorpusPaths()
    {
        if (TestCorpus.SharedCorpus is not { } corpus)
        {
            return [];
        }

        var registry = DocumentReaderRegistry.CreateDefault();
        return Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(registry.Supports)
            .Select(file => Path.GetRelativePath(corpus, file))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    [Fact]
    public void Supports_every_format_by_extension_in_any_case()
    {
        Assert.Equal(
            [".docx", ".htm", ".html", ".markdown", ".md", ".pdf", ".txt"],
            registry.SupportedExtensions.Select(e => e.ToLowerInvariant()).Order(StringComparer.Ordinal));
        Assert.True(registry.Supports("Public-PS.PDF"));
        Assert.False(registry.Supports("manifest.tsv"));
    }

    [Fact]
    public async Task Reads_the_seed_and_its_renditions_to_the_same_words()
    {
        var seed = PlainTextReader.SplitParagraphs(TestCorpus.ReadSeed()).Select(ComparableText.Of).ToList();

        foreach (var rendition in new[] { ".txt", ".gb18030.txt", ".docx", ".pdf" })
        {
            var path = Path.Combine(TestCorpus.RepoCorpus, "lmec-briefing-2022-11" + rendition);
            var document = Assert.IsType<ReadResult.Success>(await registry.ReadAsync(path)).Document;
            var text = ComparableText.Of(document.Text);

            Assert.All(seed, paragraph => Assert.Contains(paragraph, text, StringComparison.Ordinal));
            foreach (var key in new[] { "Makiko Yashiro", "Thanapon Piman", "Tatirose Vijitpan", "陈英豪", "西双版纳州" })
            {
                Assert.Contains(ComparableText.Of(key), text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Reports_an_unknown_extension_as_unsupported()
    {
        var failure = Assert.IsType<ReadResult.Failure>(await registry.ReadAsync("notes.xyz"));

        Assert.Equal(ReadFailureKind.Unsupported, failure.Kind);
    }

    [SharedCorpusTheory]
    [MemberData(nameof(SharedCorpusFiles))]
    public async Task Reads_a_shared_corpus_file_without_throwing(string relativePath)
    {
        var result = await registry.ReadAsync(Path.Combine(TestCorpus.SharedCorpus!, relativePath));

        if (result is ReadResult.Success success)
        {
            Assert.NotEmpty(success.Document.Blocks);
            Assert.All(success.Document.Blocks, b => Assert.False(string.IsNullOrWhiteSpace(b.Text)));
        }
        else
        {
            var failure = Assert.IsType<ReadResult.Failure>(result);
            Assert.False(string.IsNullOrWhiteSpace(failure.Reason));
            output.WriteLine($"{relativePath}: {failure.Kind}: {failure.Reason}");
        }
    }

    [SharedCorpusFact]
    public async Task Reads_nearly_all_of_the_shared_corpus_and_reports_pdf_throughput()
    {
        var corpus = TestCorpus.SharedCorpus!;
        var files = SharedCorpusPaths();
        var failures = new List<string>();
        var pdfPages = 0;
        var pdfTime = TimeSpan.Zero;
        foreach (var file in files)
        {
            var watch = Stopwatch.StartNew();
            var result = await registry.ReadAsync(Path.Combine(corpus, file));
            watch.Stop();
            switch (result)
            {
                case ReadResult.Success success when file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase):
                    pdfPages += success.Document.Properties.PageCount ?? 0;
                    pdfTime += watch.Elapsed;
                    break;
                case ReadResult.Failure failure:
                    failures.Add($"{file}: {failure.Kind}: {failure.Reason}");
                    break;
            }
        }

        output.WriteLine($"read {files.Count - failures.Count} of {files.Count} files");
        failures.ForEach(output.WriteLine);
        output.WriteLine($"PDF: {pdfPages} pages in {pdfTime.TotalSeconds:F1} s = {pdfPages / Math.Max(pdfTime.TotalSeconds, 0.001):F1} pages/s");

        Assert.True(files.Count >= 220, $"expected the 220-document shared corpus, found {files.Count} readable files");
        Assert.True(failures.Count <= MaxSharedCorpusFailures, string.Join("\n", failures));
    }
}
