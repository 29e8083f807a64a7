using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Search;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.EndToEnd;

/// <summary>The written briefings of <see cref="UnseenBriefings"/> indexed together through the whole pipeline, once per test class.</summary>
public sealed class UnseenBriefingsKnowledgeBase : IAsyncLifetime
{
    private readonly TempCorpus temp = new();

    public KnowledgeBase Knowledge { get; private set; } = null!;

    public IndexRunReport Report { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        temp.Write("english-briefing.txt", UnseenBriefings.English);
        temp.Write("affiliation-first.txt", UnseenBriefings.AffiliationFirst);
        temp.Write("meeting-notes.txt", UnseenBriefings.MeetingNotes);
        temp.Write("spaced-names.txt", UnseenBriefings.SpacedNames);
        temp.Write("two-speakers.txt", UnseenBriefings.TwoSpeakers);
        Knowledge = new KnowledgeBase(temp.IndexPath, TimeProvider.System);
        Report = await Knowledge.IndexAsync([temp.Corpus]);
    }

    /// <summary>Every unit of one kind from one file, with all its fields.</summary>
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
}
