using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Search.Glossary;
using LmecKnowledgeSearch.Search.Queries;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Search.Queries;

public sealed class TranslationSetQueryTests
{
    private static readonly string[] Passages =
    [
        "湄公河三角洲的湿地面积持续减少，红树林退化。",
        "澜沧江流域的森林覆盖率提高，生态系统服务价值上升。",
        "沼泽湿地保护区的鸟类调查。",
    ];

    private static (DirectoryReader Reader, GlossaryQueryExpander Expander) Build()
    {
        var analyzer = IndexSchema.CreateAnalyzer(SegmenterFactory.CreateDefault());
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LmecKnowledgeSearch.Analysis.LuceneMatch.Version, analyzer)))
        {
            foreach (var passage in Passages)
            {
                writer.AddDocument(new Document { new TextField(IndexSchema.Text, passage, Field.Store.NO), new TextField(IndexSchema.TextBigram, passage, Field.Store.NO) });
            }
        }

        var translator = new Lazy<DictionaryTranslator>(() => new DictionaryTranslator(BilingualDictionary.LoadDefault()));
        return (DirectoryReader.Open(directory), new GlossaryQueryExpander(null, analyzer, translator));
    }

    [Fact]
    public void Finds_chinese_passages_for_an_english_word_through_the_dictionary_alone()
    {
        var (reader, expander) = Build();
        using var _ = reader;
        var query = expander.Expand(expander.Recognize("wetland"))!;

        var hits = new IndexSearcher(reader).Search(query, 10).ScoreDocs.Select(h => h.Doc).ToList();

        Assert.Contains(0, hits);
        Assert.Contains(2, hits);
        Assert.DoesNotContain(1, hits);
    }

    [Fact]
    public void Keeps_only_translations_the_index_holds()
    {
        var (reader, expander) = Build();
        using var _ = reader;
        var set = Assert.IsType<TranslationSetQuery>(Assert.Single(((BooleanQuery)expander.Expand(expander.Recognize("wetland"))!).Clauses).Query);
        var translations = expander.Recognize("wetland").Single().Terms.Count;

        var rewritten = Assert.IsType<DisjunctionMaxQuery>(set.Rewrite(reader));

        // The present translations plus the user's own word; every absent translation is gone.
        Assert.True(rewritten.Disjuncts.Count < translations + 1, $"{rewritten.Disjuncts.Count} disjuncts for {translations} translations");
        Assert.True(rewritten.Disjuncts.Count >= 2);
    }
}
