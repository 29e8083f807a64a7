using System.Diagnostics;
using LmecKnowledgeSearch.Ingestion;

namespace LmecKnowledgeSearch.Benchmarks.Indexing;

/// <summary>A unit to index: a whole document (number 0) or a paragraph-sized passage with its heading path.</summary>
internal sealed record BenchUnit(string Id, string Source, int Number, string Title, string Text, string? HeadingPath);

/// <summary>Reading figures for one kind of file (by extension).</summary>
/// <remarks>Cpu is the process's CPU time while the file was read (readers are async, so no single thread's).</remarks>
internal sealed record ReadFigures(string Extension, int Files, int Failed, long Characters, int Pages, TimeSpan Wall, TimeSpan Cpu);

/// <summary>The corpus read once with the product's readers; both indexing runs then analyse exactly these units.</summary>
internal sealed class CorpusSnapshot
{
    private const int MinPassage = 120;
    private const int MaxPassage = 900;

    private CorpusSnapshot(IReadOnlyList<BenchUnit> units, IReadOnlyList<ReadFigures> reading, int documents, long documentCharacters, IReadOnlyList<string> failures)
    {
        Units = units;
        Reading = reading;
        Documents = documents;
        DocumentCharacters = documentCharacters;
        Failures = failures;
    }

    public IReadOnlyList<BenchUnit> Units { get; }

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
        var units = new List<BenchUnit>();
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
                    AddUnits(source, document, units);
                    break;
                case ReadResult.Failure failure:
                    figures[extension] = old with { Failed = old.Failed + 1, Wall = old.Wall + clock.Elapsed, Cpu = old.Cpu + cpu };
                    failures.Add($"{source}: {failure.Kind} {failure.Reason}");
                    break;
            }
        }

        return new CorpusSnapshot(units, figures.Values.OrderBy(f => f.Extension, StringComparer.Ordinal).ToList(), documents, characters, failures);
    }

    /// <summary>
    /// The document itself, then passages as the product cuts them: short blocks merged up to about a paragraph,
    /// a heading starts a new passage (long blocks stay whole here; the analysers see the same characters either way).
    /// </summary>
    private static void AddUnits(string source, ExtractedDocument document, List<BenchUnit> units)
    {
        var title = document.Properties.Title
                    ?? document.Blocks.FirstOrDefault(b => b.Kind is BlockKind.Title or BlockKind.Heading)?.Text
                    ?? Path.GetFileNameWithoutExtension(source);
        units.Add(new BenchUnit(source + "#0", source, 0, title, document.Text, null));
        var headings = new List<(int Level, string Text)>();
        var pending = new List<string>();
        var pendingLength = 0;
        string? pendingHeading = null;

        void Flush()
        {
            if (pending.Count > 0)
            {
                units.Add(new BenchUnit($"{source}#{units.Count}", source, units.Count, title, string.Join("\n", pending), pendingHeading));
                pending.Clear();
                pendingLength = 0;
            }
        }

        foreach (var block in document.Blocks)
        {
            if (block.Kind is BlockKind.Heading or BlockKind.Title)
            {
                Flush();
                var level = block.Kind == BlockKind.Title ? 0 : Math.Max(1, block.Level);
                headings.RemoveAll(h => h.Level >= level);
                headings.Add((level, block.Text.Trim()));
                continue;
            }

            if (string.IsNullOrWhiteSpace(block.Text))
            {
                continue;
            }

            if (pendingLength > 0 && pendingLength + block.Text.Length > MaxPassage)
            {
                Flush();
            }

            pendingHeading = headings.Count == 0 ? null : string.Join(" › ", headings.Select(h => h.Text));
            pending.Add(block.Text);
            pendingLength += block.Text.Length;
            if (pendingLength >= MinPassage)
            {
                Flush();
            }
        }

        Flush();
    }
}
