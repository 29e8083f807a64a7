using LmecKnowledgeSearch.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace LmecKnowledgeSearch.Benchmarks.Scale;

/// <summary>
/// The reference engine: plain Lucene.Net with <see cref="CJKAnalyzer"/>, one document per file, its body stored —
/// what an archive search without our enrichment would cost.
/// </summary>
internal sealed class PlainLuceneEngine : IDisposable
{
    private const string Body = "body";
    private const string Path = "path";

    private readonly FSDirectory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly CJKAnalyzer analyzer = new(LuceneMatch.Version);

    private PlainLuceneEngine(string indexPath)
    {
        directory = FSDirectory.Open(indexPath);
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
    }

    public static PlainLuceneEngine Open(string indexPath) => new(indexPath);

    /// <summary>Indexes every .txt file under the folder (the child-process side of the benchmark).</summary>
    public static int Index(string corpus, string indexPath)
    {
        if (System.IO.Directory.Exists(indexPath))
        {
            System.IO.Directory.Delete(indexPath, recursive: true);
        }

        using var dir = FSDirectory.Open(indexPath);
        var config = new IndexWriterConfig(LuceneMatch.Version, new CJKAnalyzer(LuceneMatch.Version)) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 64 };
        using var writer = new IndexWriter(dir, config);
        var files = System.IO.Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        var count = 0;
        foreach (var file in files)
        {
            writer.AddDocument(new Document
            {
                new StringField(Path, System.IO.Path.GetRelativePath(corpus, file), Field.Store.YES),
                new TextField(Body, File.ReadAllText(file), Field.Store.YES),
            });
            count++;
        }

        writer.Commit();
        return count;
    }

    /// <summary>The top ten for a query taken as plain words, their stored bodies loaded as a result page would.</summary>
    public int Search(string text)
    {
        var query = new QueryParser(LuceneMatch.Version, Body, analyzer) { DefaultOperator = Operator.OR }.Parse(QueryParserBase.Escape(text));
        var top = searcher.Search(query, 10);
        foreach (var hit in top.ScoreDocs)
        {
            _ = searcher.Doc(hit.Doc).Get(Body);
        }

        return top.TotalHits;
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }
}
