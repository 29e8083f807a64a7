using Xunit;

namespace LmecKnowledgeSearch.Tests.Fixtures;

/// <summary>
/// ../shared/corpus indexed once for the test classes that share it (its provenance notes left out: they describe the
/// collections, they are not archive documents). Null where ../shared is absent; those tests skip.
/// </summary>
public sealed class SharedCorpusIndex : IAsyncLifetime
{
    private readonly TempCorpus temp = new();

    public KnowledgeBase? Knowledge { get; private set; }

    public LmecKnowledgeSearch.Indexing.IndexRunReport? Report { get; private set; }

    public async Task InitializeAsync()
    {
        if (TestCorpus.SharedCorpus is not { } shared)
        {
            return;
        }

        Knowledge = new KnowledgeBase(temp.IndexPath, TimeProvider.System);
        Report = await Knowledge.IndexAsync([shared], exclude: ["PROVENANCE.md"]);
    }

    public Task DisposeAsync()
    {
        Knowledge?.Dispose();
        temp.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>Test classes that share one index of ../shared/corpus (indexing it takes most of a minute).</summary>
[CollectionDefinition(Name)]
public sealed class SharedCorpusCollection : ICollectionFixture<SharedCorpusIndex>
{
    public const string Name = "shared corpus index";
}
