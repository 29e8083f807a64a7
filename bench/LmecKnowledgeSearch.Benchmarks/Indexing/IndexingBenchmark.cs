using System.Diagnostics;
using System.Globalization;
using LmecKnowledgeSearch.Analysis;
using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Benchmarks.Segmentation;
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
    // Field names and analysers as in Indexing/IndexSchema: words on text/title/heading, CJK bigrams beside them.
    private const string Id = "id";
    private const string Source = "source";
    private const string Number = "number";
    private const string Title = "title";
    private const string TitleBigram = "title_bigram";
    private const string Text = "text";
    private const string TextBigram = "text_bigram";
    private const string Heading = "heading";

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
        var candidates = new (string Name, Func<Analyzer> Analyzer, Func<BenchUnit, Document> ToDocument)[]
        {
            ("pipeline (words + bigrams)", () => CreatePipelineAnalyzer(segmenter), PipelineDocument),
            ("CJKAnalyzer", () => new CJKAnalyzer(LuceneMatch.Version), CjkDocument),
        };

        output.WriteLine();
        output.WriteLine($"Indexing {snapshot.Units.Count:N0} units ({snapshot.Documents} documents + passages) into a RAMDirectory, one thread, serial merges;");
        output.WriteLine($"median of {runs} runs after a warm-up. Mchar/s counts each document's extracted text once ({snapshot.DocumentCharacters / 1e6:0.00} Mchar).");
        output.WriteLine($"{"analyser",-28} {"wall s",8} {"cpu s",8} {"files/s",9} {"Mchar/s",8} {"cpu Mchar/s",12}");
        var results = new List<(string Name, double Wall, double Cpu)>();
        foreach (var (name, analyzer, toDocument) in candidates)
        {
            IndexAll(snapshot.Units.Take(Math.Max(1, snapshot.Units.Count / 10)).ToList(), analyzer, toDocument);
            var walls = new List<double>();
            var cpus = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                var (wall, cpu) = IndexAll(snapshot.Units, analyzer, toDocument);
                walls.Add(wall);
                cpus.Add(cpu);
            }

            var medianWall = Median(walls);
            var medianCpu = Median(cpus);
            results.Add((name, medianWall, medianCpu));
            output.WriteLine($"{name,-28} {medianWall,8:0.00} {medianCpu,8:0.00} {snapshot.Documents / medianWall,9:0.0} {snapshot.DocumentCharacters / 1e6 / medianWall,8:0.00} {snapshot.DocumentCharacters / 1e6 / medianCpu,12:0.00}");
        }

        output.WriteLine();
        output.WriteLine($"pipeline / CJKAnalyzer time: {results[0].Wall / results[1].Wall:0.00}x wall, {results[0].Cpu / results[1].Cpu:0.00}x cpu");
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

    private static Analyzer CreatePipelineAnalyzer(ISegmenter segmenter) =>
        new PerFieldAnalyzerWrapper(new WordAnalyzer(segmenter), new Dictionary<string, Analyzer>
        {
            [TextBigram] = new BigramAnalyzer(),
            [TitleBigram] = new BigramAnalyzer(),
        });

    private static Document PipelineDocument(BenchUnit unit)
    {
        var doc = CommonFields(unit);
        doc.Add(new TextField(TitleBigram, unit.Title, Field.Store.NO));
        doc.Add(new TextField(TextBigram, unit.Text, Field.Store.NO));
        return doc;
    }

    private static Document CjkDocument(BenchUnit unit) => CommonFields(unit);

    private static Document CommonFields(BenchUnit unit)
    {
        var doc = new Document
        {
            new StringField(Id, unit.Id, Field.Store.YES),
            new StringField(Source, unit.Source, Field.Store.YES),
            new StoredField(Number, unit.Number),
            new TextField(Title, unit.Title, Field.Store.YES),
            new TextField(Text, unit.Text, Field.Store.YES),
        };
        if (unit.HeadingPath is not null)
        {
            doc.Add(new TextField(Heading, unit.HeadingPath, Field.Store.YES));
        }

        return doc;
    }

    private static (double Wall, double Cpu) IndexAll(IReadOnlyList<BenchUnit> units, Func<Analyzer> createAnalyzer, Func<BenchUnit, Document> toDocument)
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
            foreach (var unit in units)
            {
                writer.AddDocument(toDocument(unit));
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
