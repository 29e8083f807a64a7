using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Web.Tests.Fixtures;

/// <summary>An index of the repo's corpus/ built once in a temp folder, shared by the API and page tests.</summary>
public sealed class IndexedCorpus : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "lmec-web-test-" + Guid.NewGuid().ToString("N"));

    public string IndexPath => Path.Combine(Root, "index");

    public string Corpus => TestCorpus.RepoCorpus;

    public async Task InitializeAsync()
    {
        using var knowledge = new KnowledgeBase(IndexPath, TimeProvider.System);
        var report = await knowledge.IndexAsync([Corpus]);
        if (report.Indexed == 0)
        {
            throw new InvalidOperationException("the repo corpus indexed nothing");
        }
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        return Task.CompletedTask;
    }

    public LmecWebOptions Options(string? apiKey = null) => new()
    {
        IndexPath = IndexPath,
        Corpus = [Corpus],
        ApiKey = apiKey,
    };
}

[CollectionDefinition(Name)]
public sealed class IndexedCorpusCollection : ICollectionFixture<IndexedCorpus>
{
    public const string Name = "indexed corpus";
}
