using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Search;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Hostile;

/// <summary>The same relative path under two indexed folders (issue 12): two ids, each resolving to its own document, on every run.</summary>
public sealed class DocumentIdTests : IDisposable
{
    private readonly TempCorpus temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Same_relative_path_under_two_roots_gets_two_stable_ids_and_the_first_root_keeps_plain_ids()
    {
        var a = Path.Combine(temp.Root, "a");
        var b = Path.Combine(temp.Root, "b");
        Write(a, "# 甲方笔记\n\n红树林恢复在湄公河三角洲取得进展。\n");
        Write(b, "# 乙方笔记\n\n西双版纳的橡胶林间作试点扩大了。\n");
        using var knowledge = new KnowledgeBase(temp.IndexPath, TimeProvider.System);

        await knowledge.IndexAsync([a, b]);
        var first = Ids(knowledge);
        File.AppendAllText(Path.Combine(b, "notes.md"), "\n试点由村委会管理。\n");
        await knowledge.IndexAsync([b, a]);
        var second = Ids(knowledge);

        Assert.Equal(2, first.Count);
        Assert.Equal(first, second);
        Assert.Equal("甲方笔记", knowledge.Search.GetUnit("notes.md#0")!.Title);
        var qualified = Assert.Single(first, id => id != "notes.md#0");
        Assert.Matches(@"^~[0-9a-f]{8}/notes\.md#0$", qualified);
        Assert.Equal("乙方笔记", knowledge.Search.GetUnit(qualified)!.Title);
        Assert.Equal("乙方笔记", knowledge.Search.GetDocument(qualified)!.Title);
        var passage = qualified.Replace("#0", "#1", StringComparison.Ordinal);
        if (knowledge.Search.GetUnit(passage) is not null)
        {
            Assert.Equal("乙方笔记", knowledge.Search.GetDocument(passage)!.Title);
        }
        Assert.Null(knowledge.Search.GetUnit("other.md#0"));
    }

    private static void Write(string root, string text)
    {
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "notes.md"), text);
    }

    private static List<string> Ids(KnowledgeBase knowledge) =>
        knowledge.Search.Search(new SearchRequest { Top = 50, Filters = new Dictionary<string, IReadOnlyList<string>> { ["kind"] = [UnitKinds.Document] } })
            .Hits.Select(h => h.Id).Order(StringComparer.Ordinal).ToList();
}
