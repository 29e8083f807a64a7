using Xunit;

namespace LmecKnowledgeSearch.Tests.Fixtures;

/// <summary>
/// An index of the seed briefing alone (the .txt), built once per test class that uses it: the user's own document
/// through the whole pipeline, without renditions that would collapse into it.
/// </summary>
public sealed class SeedKnowledgeBase : IAsyncLifetime
{
    private readonly TempCorpus temp = new();

    public KnowledgeBase Knowledge { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        temp.CopyFromRepoCorpus("lmec-briefing-2022-11.txt");
        Knowledge = new KnowledgeBase(temp.IndexPath, TimeProvider.System);
        await Knowledge.IndexAsync([temp.Corpus]);
    }

    public Task DisposeAsync()
    {
        Knowledge.Dispose();
        temp.Dispose();
        return Task.CompletedTask;
    }
}
