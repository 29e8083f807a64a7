using LmecKnowledgeSearch.Search;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Search;

/// <summary>Ranking behaviours on the real shared corpus, each a property users rely on rather than one judged query.</summary>
[Collection(SharedCorpusCollection.Name)]
public sealed class SharedCorpusRankingTests(SharedCorpusIndex shared)
{
    [SharedCorpusFact]
    public void A_document_matching_every_concept_in_translation_outranks_one_matching_only_the_place_in_the_querys_language()
    {
        // The English lake-volume paper names "Qinghai Lake" dozens of times but says nothing of waterbirds; the
        // Chinese waterbird reports match all three concepts through the glossary.
        var hits = Search("waterbird diversity at Qinghai Lake");

        Assert.Contains("水鸟", hits[0].Title, StringComparison.Ordinal);
        var lakeVolume = hits.FindIndex(h => h.Title?.Contains("volume of the Qinghai Lake", StringComparison.Ordinal) == true);
        Assert.True(lakeVolume < 0 || lakeVolume > 1, $"the lake-volume paper ranks {lakeVolume + 1}");
    }

    [SharedCorpusFact]
    public void Text_that_uses_the_querys_wording_outranks_text_with_the_same_words_scattered()
    {
        // The seed briefing speaks of 湄公河流域 and 社区生计; English reports on Mekong livelihoods match in translation.
        var hits = Search("湄公河流域社区生计");

        Assert.StartsWith("seed/", hits[0].Source, StringComparison.Ordinal);
    }

    [SharedCorpusFact]
    public void A_documents_third_hit_waits_until_every_other_documents_hits_are_shown()
    {
        foreach (var query in new[] { "三江源生态保护", "rubber plantation", "青海湖水鸟多样性", "flood early warning" })
        {
            var hits = Search(query, top: 30);

            // Hits beyond a document's first two form the tail of the list: nothing from a document not yet at its
            // limit comes after one.
            var shown = new Dictionary<string, int>(StringComparer.Ordinal);
            var deferredAt = -1;
            for (var i = 0; i < hits.Count; i++)
            {
                var count = shown[hits[i].Source] = shown.GetValueOrDefault(hits[i].Source) + 1;
                if (count > 2 && deferredAt < 0)
                {
                    deferredAt = i;
                }

                Assert.False(deferredAt >= 0 && count <= 2, $"{query}: hit {i + 1} ({hits[i].Source}) comes after a deferred hit at {deferredAt + 1}");
            }
        }
    }

    private List<SearchHit> Search(string query, int top = 10) =>
        shared.Knowledge!.Search.Search(new SearchRequest { Query = query, Top = top }).Hits.ToList();
}
