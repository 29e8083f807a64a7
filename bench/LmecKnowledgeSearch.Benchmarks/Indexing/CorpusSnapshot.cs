using System.Diagnostics;
using LmecKnowledgeSearch.Ingestion;

namespace LmecKnowledgeSearch.Benchmarks.Indexing;

/// <summary>A document as the product's readers extracted it, with its corpus-relative path.</summary>
internal sealed record ReadDocument(string Source, ExtractedDocument Document);

/// <summary>Reading figures for one kind of file (by extension).</summary>
/// <remarks>Cpu is the process's CPU time while the file was read (readers are async, so no single thread's).</remarks>
internal sealed record ReadFigures(string Extension, int Files, int Failed, long Characters, int Pages, TimeSpan Wall, TimeSpan Cpu);

/// <summary>The corpus read once with the product's readers; both indexing runs then analyse exactly these units.</summary>
internal sealed class CorpusSnapshot
{
    private CorpusSnapshot(IReadOnlyList<ReadDocument> read, IReadOnlyList<ReadFigures> reading, int documents, long documentCharacters, IReadOnlyList<string> failures)
    {
        Read = read;
        Reading = reading;
        Documents = documents;
        DocumentCharacters = documentCharacters;
        Failures = failures;
    }

    public IReadOnlyList<ReadDocument> Read { get; }

    public IReadOnlyList<ReadFigures> Reading { get; }

    /// <summary>Files read successfully (each indexed as one document unit plus its passages).</summary>
    public int Documents { get; }

    /// <summary>Characters of the documents' extracted text, each document counted once.</summary>
    public long DocumentCharacters { get; }

    public IReadOnlyList<string> Failures { get; }

    public static async Task<CorpusSnapshot> ReadAsync(string corpus, DocumentReaderRegistry registry)
    {
        var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(registry.Supports)
            .Order(StringComparer.Ordinal)
            .ToList();
        var read = new List<ReadDocument>();
        var failures = new List<string>();
        var figures = new Dictionary<string, ReadFigures>(StringComparer.OrdinalIgnoreCase);
        var documents = 0;
        long characters = 0;
        using var process = Process.GetCurrentProcess();
        foreach (var file in files)
        {
            var extension = Path.GetExtension(file).ToLowerInvariant();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var result = await registry.ReadAsync(file).ConfigureAwait(false);
            clock.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            var source = Path.GetRelativePath(corpus, file);
            var old = figures.GetValueOrDefault(extension) ?? new ReadFigures(extension, 0, 0, 0, 0, TimeSpan.Zero, TimeSpan.Zero);
            switch (result)
            {
                case ReadResult.Success success:
                    var document = success.Document;
                    var pages = document.Properties.PageCount ?? document.Blocks.Select(b => b.Page).Where(p => p is not null).Distinct().Count();
                    figures[extension] = old with
                    {
                        Files = old.Files + 1,
                        Characters = old.Characters + document.Text.Length,
                        Pages = old.Pages + pages,
                        Wall = old.Wall + clock.Elapsed,
                        Cpu = old.Cpu + cpu,
                    };
                    documents++;
                    characters += document.Text.Length;
                    read.Add(new ReadDocument(source.Replace(Path.DirectorySeparatorChar, '/'), document));
                    break;
                case ReadResult.Failure failure:
                    figures[extension] = old with { Failed = old.Failed + 1, Wall = old.Wall + clock.Elapsed, Cpu = old.Cpu + cpu };
                    failures.Add($"{source}: {failure.Kind} {failure.Reason}");
                    break;
            }
        }

        return new CorpusSnapshot(read, figures.Values.OrderBy(f => f.Extension, StringComparer.Ordinal).ToList(), documents, characters, failures);
    }
}
