using System.Diagnostics;
using System.Globalization;
using LmecKnowledgeSearch.Analysis;
using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Benchmarks.Segmentation;
using LmecKnowledgeSearch.Enrichment;
using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Ingestion;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace LmecKnowledgeSearch.Benchmarks.Indexing;

/// <summary>
/// `indexing` subcommand: reads a corpus once with the product's readers, then indexes the same units into an
/// in-memory Lucene index with the product's analysers and with plain <see cref="CJKAnalyzer"/>, in one run.
/// </summary>
public static class IndexingBenchmark
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var corpus = BenchOptions.Value(args, "--corpus") ?? (BenchOptions.FindShared() is { } shared ? Path.Combine(shared, "corpus") : null);
        var runs = int.Parse(BenchOptions.Value(args, "--runs") ?? "3", CultureInfo.InvariantCulture);
        if (corpus is null || !System.IO.Directory.Exists(corpus))
        {
            Console.Error.WriteLine("corpus not found; pass --corpus PATH (default: ../shared/corpus).");
            return 1;
        }

        var registry = DocumentReaderRegistry.CreateDefault();
        if (registry.SupportedExtensions.Count == 0)
        {
            Console.Error.WriteLine("DocumentReaderRegistry.CreateDefault() registers no readers in this build.");
            return 1;
        }

        var processCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var readClock = Stopwatch.StartNew();
        var snapshot = await CorpusSnapshot.ReadAsync(corpus, registry).ConfigureAwait(false);
        readClock.Stop();
        processCpu = Process.GetCurrentProcess().TotalProcessorTime - processCpu;
        WriteReading(output, corpus, snapshot, readClock.Elapsed, processCpu);

        var segmenter = SegmenterFactory.CreateDefault();
        var builder = DocumentUnitBuilder.CreateDefault();
        var prebuilt = snapshot.Read.Select(r => (r.Source, Units: builder.Build(r.Source, r.Document))).ToList();
        var unitCount = prebuilt.Sum(p => p.Units.Count);
        var candidates = new (string Name, Func<Analyzer> Analyzer, Func<IEnumerable<Document>> Documents)[]
        {
            // Everything lmec index does after reading: enrichment (metadata, views, cases, entities, themes), analysis, index.
            ("full pipeline", () => IndexSchema.CreateAnalyzer(segmenter), () => snapshot.Read.SelectMany(r => ToLucene(builder.Build(r.Source, r.Document)))),
            ("pipeline analysis only", () => IndexSchema.CreateAnalyzer(segmenter), () => prebuilt.SelectMany(p => ToLucene(p.Units))),
            ("CJKAnalyzer, one doc/file", () => new CJKAnalyzer(LuceneMatch.Version), () => snapshot.Read.Select(r => PlainDocument(r.Source, r.Document))),
        };

        output.WriteLine();
        output.WriteLine($"Indexing {snapshot.Documents} files ({unitCount:N0} product units) into a RAMDirectory, one thread, serial merges;");
        output.WriteLine($"median of {runs} runs after a warm-up. Mchar/s counts each document's extracted text once ({snapshot.DocumentCharacters / 1e6:0.00} Mchar).");
        output.WriteLine($"{"analyser",-28} {"wall s",8} {"cpu s",8} {"files/s",9} {"Mchar/s",8} {"cpu Mchar/s",12}");
        var results = new List<(string Name, double Wall, double Cpu)>();
        foreach (var (name, analyzer, documents) in candidates)
        {
            IndexAll(documents().Take(200), analyzer);
            var walls = new List<double>();
            var cpus = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                var (wall, cpu) = IndexAll(documents(), analyzer);
                walls.Add(wall);
                cpus.Add(cpu);
            }

            var medianWall = Median(walls);
            var medianCpu = Median(cpus);
            results.Add((name, medianWall, medianCpu));
            output.WriteLine($"{name,-28} {medianWall,8:0.00} {medianCpu,8:0.00} {snapshot.Documents / medianWall,9:0.0} {snapshot.DocumentCharacters / 1e6 / medianWall,8:0.00} {snapshot.DocumentCharacters / 1e6 / medianCpu,12:0.00}");
        }

        output.WriteLine();
        output.WriteLine($"full pipeline / CJKAnalyzer time: {results[0].Wall / results[2].Wall:0.00}x wall, {results[0].Cpu / results[2].Cpu:0.00}x cpu");
        output.WriteLine($"pipeline analysis only / CJKAnalyzer time: {results[1].Wall / results[2].Wall:0.00}x wall, {results[1].Cpu / results[2].Cpu:0.00}x cpu");
        return 0;
    }

    private static void WriteReading(TextWriter output, string corpus, CorpusSnapshot snapshot, TimeSpan wall, TimeSpan processCpu)
    {
        output.WriteLine($"Reading {corpus} with DocumentReaderRegistry.CreateDefault(): {snapshot.Documents} read, {snapshot.Failures.Count} failed, {wall.TotalSeconds:0.00} s wall, {processCpu.TotalSeconds:0.00} s process cpu");
        output.WriteLine($"{"type",-10} {"files",6} {"failed",7} {"Mchar",7} {"pages",6} {"wall s",8} {"cpu s",8} {"files/s",8} {"pages/s",8} {"cpu pages/s",12}");
        foreach (var f in snapshot.Reading)
        {
            var seconds = Math.Max(f.Wall.TotalSeconds, 1e-9);
            var cpuSeconds = Math.Max(f.Cpu.TotalSeconds, 1e-9);
            var pagesPerSecond = f.Pages > 0 ? (f.Pages / seconds).ToString("0.0", CultureInfo.InvariantCulture) : "-";
            var pagesPerCpuSecond = f.Pages > 0 ? (f.Pages / cpuSeconds).ToString("0.0", CultureInfo.InvariantCulture) : "-";
            output.WriteLine($"{f.Extension,-10} {f.Files,6} {f.Failed,7} {f.Characters / 1e6,7:0.00} {f.Pages,6} {seconds,8:0.00} {cpuSeconds,8:0.00} {(f.Files + f.Failed) / seconds,8:0.0} {pagesPerSecond,8} {pagesPerCpuSecond,12}");
        }

        foreach (var failure in snapshot.Failures)
        {
            output.WriteLine("  failed: " + failure);
        }
    }

    private static IEnumerable<Document> ToLucene(IReadOnlyList<IndexUnit> units)
    {
        var signature = SimHash.Compute(units[0].Text);
        return units.Select((unit, i) => UnitDocumentMapper.ToDocument(unit, "bench", i == 0 ? "hash" : null, signature));
    }

    private static Document PlainDocument(string source, ExtractedDocument document) =>
    [
        new StringField("id", source, Field.Store.YES),
        new TextField("title", document.Properties.Title ?? source, Field.Store.YES),
        new TextField("text", document.Text, Field.Store.YES),
    ];

    private static (double Wall, double Cpu) IndexAll(IEnumerable<Document> documents, Func<Analyzer> createAnalyzer)
    {
        var cpu = ThreadCpuTime.Now();
        var clock = Stopwatch.StartNew();
        using (var directory = new RAMDirectory())
        using (var analyzer = createAnalyzer())
        {
            var config = new IndexWriterConfig(LuceneMatch.Version, analyzer)
            {
                MergeScheduler = new SerialMergeScheduler(),
                RAMBufferSizeMB = 64,
                OpenMode = OpenMode.CREATE,
            };
            using var writer = new IndexWriter(directory, config);
            foreach (var document in documents)
            {
                writer.AddDocument(document);
            }

            writer.Commit();
        }

        clock.Stop();
        return (clock.Elapsed.TotalSeconds, (ThreadCpuTime.Now() - cpu).TotalSeconds);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
