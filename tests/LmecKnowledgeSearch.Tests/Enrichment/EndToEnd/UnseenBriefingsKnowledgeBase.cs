using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.EndToEnd;

/// <summary>The written briefings of <see cref="UnseenBriefings"/> indexed together through the whole pipeline, once per test class.</summary>
public sealed class UnseenBriefingsKnowledgeBase : WrittenCorpusKnowledgeBase
{
    protected override void Write(TempCorpus corpus)
    {
        corpus.Write("english-briefing.txt", UnseenBriefings.English);
        corpus.Write("affiliation-first.txt", UnseenBriefings.AffiliationFirst);
        corpus.Write("meeting-notes.txt", UnseenBriefings.MeetingNotes);
        corpus.Write("spaced-names.txt", UnseenBriefings.SpacedNames);
        corpus.Write("two-speakers.txt", UnseenBriefings.TwoSpeakers);
    }
}
