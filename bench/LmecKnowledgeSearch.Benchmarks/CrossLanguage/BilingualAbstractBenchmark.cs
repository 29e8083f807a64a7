using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Search.Glossary;
using LmecKnowledgeSearch.Search.Queries;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace LmecKnowledgeSearch.Benchmarks.CrossLanguage;

/// <summary>
/// `bilingual` subcommand: papers that carry a Chinese abstract and their authors' English abstract (ChinaXiv, under
/// &lt;shared&gt;/corpus/chinaxiv-zh-ecology/md). One language's title or keywords is the query; the index holds the
/// abstracts of one language only; the paper's own abstract is the one relevant document. Cross-language MRR@10 over
/// monolingual MRR@10 says how much of a same-language search the translation keeps. Papers are split by the parity of
/// their position in name order: even ones may be looked at when tuning, odd ones are the held-out figure.
/// </summary>
public static partial class BilingualAbstractBenchmark
{
    public static int Run(string[] args, TextWriter output)
    {
        var shared = BenchOptions.Value(args, "--shared") ?? BenchOptions.FindShared();
        var folder = shared is null ? null : Path.Combine(shared, "corpus", "chinaxiv-zh-ecology", "md");
        if (folder is null || !System.IO.Directory.Exists(folder))
        {
            Console.Error.WriteLine("../shared/corpus/chinaxiv-zh-ecology/md not found; pass --shared PATH.");
            return 1;
        }

        var papers = System.IO.Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal)
            .Select(path => Parse(File.ReadAllText(path)))
            .OfType<Paper>()
            .ToList();
        output.WriteLine($"Bilingual abstracts: {papers.Count} papers with both abstracts under {folder}");
        var segmenter = SegmenterFactory.CreateDefault();
        var analyzer = IndexSchema.CreateAnalyzer(segmenter);
        var glossary = new GlossarySource(null, GlossaryQueryExpander.SearchWeights);
        // The dictionary's one-time cost: what its first query adds to start-up and to the process's memory.
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        GC.Collect();
        var before = process.WorkingSet64;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var cpuBefore = process.TotalProcessorTime;
        var loaded = BilingualDictionary.LoadDefault();
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        GC.Collect();
        process.Refresh();
        output.WriteLine($"CC-CEDICT: {loaded.Count} headwords loaded in {clock.ElapsedMilliseconds} ms wall ({cpu.TotalMilliseconds:0} ms CPU, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}), +{(process.WorkingSet64 - before) / 1e6:0} MB working set, {GC.GetTotalMemory(true) / 1e6:0} MB managed heap after");
        var dictionary = new Lazy<DictionaryTranslator>(() => new DictionaryTranslator(loaded, GlossaryQueryExpander.SearchWeights));
        var builders = new (string Name, UserQueryBuilder Builder)[]
        {
            ("glossary+CEDICT", new UserQueryBuilder(analyzer, new GlossaryQueryExpander(glossary, analyzer, dictionary))),
            ("CEDICT alone", new UserQueryBuilder(analyzer, new GlossaryQueryExpander(null, analyzer, dictionary))),
            ("glossary alone", new UserQueryBuilder(analyzer, new GlossaryQueryExpander(glossary, analyzer))),
        };

        using var zhIndex = BuildIndex(papers.Select(p => p.ChineseAbstract), analyzer);
        using var enIndex = BuildIndex(papers.Select(p => p.EnglishAbstract), analyzer);
        output.WriteLine($"{"query",-14} {"translation",-16} {"split",-9} {"n",4} {"mono MRR",9} {"cross MRR",10} {"cross/mono",11}");
        var queries = new (string Name, Func<Paper, string> Zh, Func<Paper, string> En)[]
        {
            ("title", p => p.ChineseTitle, p => p.EnglishTitle),
            ("keywords", p => p.ChineseKeywords, p => p.EnglishKeywords),
        };
        foreach (var (queryName, zh, en) in queries)
        {
            foreach (var (direction, source, target, monoIndex, crossIndex) in new[]
            {
                ("en→zh", en, zh, enIndex, zhIndex),
                ("zh→en", zh, en, zhIndex, enIndex),
            })
            {
                foreach (var (builderName, builder) in builders)
                {
                    foreach (var (split, parity) in new[] { ("tune", 0), ("held-out", 1) })
                    {
                        var ids = Enumerable.Range(0, papers.Count).Where(i => i % 2 == parity && source(papers[i]).Length > 0).ToList();
                        var mono = ids.Average(i => ReciprocalRank(monoIndex, builder, source(papers[i]), i));
                        var cross = ids.Average(i => ReciprocalRank(crossIndex, builder, source(papers[i]), i));
                        output.WriteLine($"{queryName + " " + direction,-14} {builderName,-16} {split,-9} {ids.Count,4} {mono,9:0.000} {cross,10:0.000} {cross / mono,10:0%}");
                    }
                }
            }
        }

        return 0;
    }

    private static double ReciprocalRank(IndexReader reader, UserQueryBuilder builder, string query, int relevant)
    {
        var searcher = new IndexSearcher(reader) { Similarity = IndexSchema.CreateSimilarity() };
        var hits = searcher.Search(builder.Build(QueryParserEscape(query)), 10).ScoreDocs;
        for (var rank = 0; rank < hits.Length; rank++)
        {
            if (hits[rank].Doc == relevant)
            {
                return 1.0 / (rank + 1);
            }
        }

        return 0;
    }

    private static string QueryParserEscape(string text) => Lucene.Net.QueryParsers.Classic.QueryParserBase.Escape(text);

    private static DirectoryReader BuildIndex(IEnumerable<string> texts, Lucene.Net.Analysis.Analyzer analyzer)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LmecKnowledgeSearch.Analysis.LuceneMatch.Version, analyzer) { Similarity = IndexSchema.CreateSimilarity() }))
        {
            foreach (var text in texts)
            {
                writer.AddDocument(new Document
                {
                    new TextField(IndexSchema.Text, text, Field.Store.NO),
                    new TextField(IndexSchema.TextBigram, text, Field.Store.NO),
                });
            }
        }

        return DirectoryReader.Open(directory);
    }

    /// <summary>Title, abstract and keywords in both languages as the journal prints them; null when one is missing.</summary>
    private static Paper? Parse(string markdown)
    {
        var zhAbstract = ZhAbstract().Match(markdown);
        var enAbstract = EnAbstract().Match(markdown);
        if (!zhAbstract.Success || !enAbstract.Success)
        {
            return null;
        }

        var headings = Heading().Matches(markdown).Select(m => m.Groups[1].Value.Trim()).ToList();
        var zhTitle = headings.FirstOrDefault(h => h.Count(c => c >= '\u4E00' && c <= '\u9FFF') >= 6 && !h.Contains("生态学报", StringComparison.Ordinal)) ?? "";
        var enTitle = headings.FirstOrDefault(h => h.Count(char.IsAsciiLetter) > 20 && !h.Any(c => c >= '\u4E00' && c <= '\u9FFF') && !h.StartsWith("DOI", StringComparison.OrdinalIgnoreCase)) ?? "";
        return new Paper(
            zhTitle,
            zhAbstract.Groups[1].Value,
            ZhKeywords().Match(markdown).Groups[1].Value.Replace(';', ' ').Replace('；', ' '),
            enTitle,
            enAbstract.Groups[1].Value,
            EnKeywords().Match(markdown).Groups[1].Value.Replace(';', ' ').Replace('；', ' '));
    }

    private sealed record Paper(string ChineseTitle, string ChineseAbstract, string ChineseKeywords, string EnglishTitle, string EnglishAbstract, string EnglishKeywords);

    [GeneratedRegex(@"摘\s*要\s*[:：;；]?\s*(.{80,}?)\n")]
    private static partial Regex ZhAbstract();

    [GeneratedRegex(@"(?i)\bAbstract\s*[:：]?\s*(.{80,}?)\n")]
    private static partial Regex EnAbstract();

    [GeneratedRegex(@"关键词\s*[:：;；]?\s*([^\n]+)")]
    private static partial Regex ZhKeywords();

    [GeneratedRegex(@"(?i)Key\s*Words?\s*[:：;；]?\s*([^\n]+)")]
    private static partial Regex EnKeywords();

    [GeneratedRegex(@"(?m)^#\s+(.+)$")]
    private static partial Regex Heading();
}
