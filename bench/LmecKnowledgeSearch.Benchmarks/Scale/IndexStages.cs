using System.Diagnostics;
using LmecKnowledgeSearch.Analysis;
using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Enrichment;
using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Ingestion;
using LmecKnowledgeSearch.Search.Collapsing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace LmecKnowledgeSearch.Benchmarks.Scale;

/// <summary>
/// Where our indexing's CPU goes: the stages `lmec index` runs, one after the other over all files on one thread,
/// each timed by the process's CPU clock (read, enrich, map to Lucene documents, analyse and invert, commit).
/// </summary>
internal static class IndexStages
{
    public static async Task<int> RunAsync(string corpus, string indexPath, TextWriter output)
    {
        var files = System.IO.Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var registry = DocumentReaderRegistry.CreateDefault();
        var builder = DocumentUnitBuilder.CreateDefault();
        var segmenter = SegmenterFactory.CreateDefault();
        var stages = new List<(string Name, double Wall, double Cpu)>();

        var read = await TimeAsync("read", stages, async () =>
        {
            var documents = new List<(string Source, ExtractedDocument Document)>(files.Count);
            foreach (var file in files)
            {
                if (await registry.ReadAsync(file).ConfigureAwait(false) is ReadResult.Success success)
                {
                    documents.Add((Path.GetRelativePath(corpus, file), success.Document));
                }
            }

            return documents;
        }).ConfigureAwait(false);
        var units = await TimeAsync("enrich", stages, () => Task.FromResult(read.Select(r => builder.Build(r.Source, r.Document)).ToList())).ConfigureAwait(false);
        var documents = await TimeAsync("map to documents", stages, () => Task.FromResult(units.Select(u =>
        {
            var signature = SimHash.Compute(u[0].Text);
            return u.Select((unit, i) => UnitDocumentMapper.ToDocument(unit, "bench", i == 0 ? "hash" : null, signature)).ToList();
        }).ToList())).ConfigureAwait(false);
        using (var analyzer = IndexSchema.CreateAnalyzer(segmenter))
        {
            // Tokens only, nothing inverted: what analysis alone costs of the next stage.
            await TimeAsync("(of which analysis alone)", stages, () =>
            {
                var tokens = 0L;
                foreach (var field in documents.SelectMany(group => group).SelectMany(doc => doc.Fields).Where(f => f.IndexableFieldType.IsTokenized && f.GetStringValue() is not null))
                {
                    using var stream = analyzer.GetTokenStream(field.Name, field.GetStringValue());
                    stream.Reset();
                    while (stream.IncrementToken())
                    {
                        tokens++;
                    }

                    stream.End();
                }

                return Task.FromResult(tokens);
            }).ConfigureAwait(false);
        }

        if (System.IO.Directory.Exists(indexPath))
        {
            System.IO.Directory.Delete(indexPath, recursive: true);
        }

        using var directory = FSDirectory.Open(indexPath);
        var config = new IndexWriterConfig(LuceneMatch.Version, IndexSchema.CreateAnalyzer(segmenter))
        {
            OpenMode = OpenMode.CREATE,
            Similarity = IndexSchema.CreateSimilarity(),
            RAMBufferSizeMB = 64,
        };
        using var writer = new IndexWriter(directory, config);
        await TimeAsync("analyse and invert", stages, () =>
        {
            foreach (var group in documents)
            {
                writer.AddDocuments(group);
            }

            return Task.FromResult(0);
        }).ConfigureAwait(false);
        await TimeAsync("commit", stages, () =>
        {
            writer.Commit();
            return Task.FromResult(0);
        }).ConfigureAwait(false);

        output.WriteLine($"stages over {files.Count} files, {units.Sum(u => u.Count)} units, one thread:");
        output.WriteLine($"| stage | wall s | CPU s | share of CPU |");
        output.WriteLine($"|---|---|---|---|");
        var total = stages.Where(s => !s.Name.StartsWith('(')).Sum(s => s.Cpu);
        foreach (var (name, wall, cpu) in stages)
        {
            output.WriteLine($"| {name} | {wall:0.0} | {cpu:0.0} | {cpu / total:P0} |");
        }

        return 0;
    }

    private static async Task<T> TimeAsync<T>(string name, List<(string, double, double)> stages, Func<Task<T>> stage)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await stage().ConfigureAwait(false);
        stages.Add((name, clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds));
        return result;
    }
}
