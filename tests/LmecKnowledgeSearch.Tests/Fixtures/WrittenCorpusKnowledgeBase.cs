using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Search;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Fixtures;

/// <summary>
/// Documents a test class writes, indexed once through the whole pipeline; <see cref="Units"/> reads back every unit
/// of a kind from one file with all its fields.
/// </summary>
public abstract class WrittenCorpusKnowledgeBase : IAsyncLifetime
{
    private readonly TempCorpus temp = new();

    public KnowledgeBase Knowledge { get; private set; } = null!;

    public IndexRunReport Report { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Write(temp);
        Knowledge = new KnowledgeBase(temp.IndexPath, TimeProvider.System);
        Report = await Knowledge.IndexAsync([temp.Corpus]);
    }

    public IReadOnlyList<IndexUnit> Units(string source, string kind) =>
        Knowledge.Search.Search(new SearchRequest { Top = SearchRequest.MaxTop, Filters = new Dictionary<string, IReadOnlyList<string>> { ["kind"] = [kind] } })
            .Hits.Where(h => h.Source == source)
            .Select(h => Knowledge.Search.GetUnit(h.Id)!)
            .OrderBy(u => u.Number)
            .ToList();

    public Task DisposeAsync()
    {
        Knowledge.Dispose();
        temp.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Writes the test class's documents into the corpus folder.</summary>
    protected abstract void Write(TempCorpus corpus);
}
