using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Search;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Search;

/// <summary>One card per text: a case told in a view is on the view's card; cards say what they are; counts match clicks.</summary>
public sealed partial class ResultCardsTests(SeedKnowledgeBase seed) : IClassFixture<SeedKnowledgeBase>
{
    /// <summary>Two cards whose snippets share this many characters show the same text (two speakers may name the same 33-character project).</summary>
    private const int SharedOpening = 45;

    private SearchResponse Search(string? query, params (string Facet, string Value)[] filters) =>
        seed.Knowledge.Search.Search(new SearchRequest
        {
            Query = query,
            Top = 10,
            Filters = filters.GroupBy(f => f.Facet).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(f => f.Value).ToList()),
        });

    [Theory]
    [InlineData("橡胶")]
    [InlineData("社区生计")]
    [InlineData("community livelihoods")]
    public void The_first_ten_cards_never_show_the_same_text_twice(string query)
    {
        var hits = Search(query).Hits;

        var texts = hits.Select(h => Plain(h.Snippet)).ToList();
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = 0; j < texts.Count; j++)
            {
                if (i != j && texts[j].Length >= SharedOpening)
                {
                    Assert.False(texts[i].Contains(texts[j][..SharedOpening], StringComparison.Ordinal), $"card {i} repeats card {j}: {texts[j][..SharedOpening]}");
                }
            }
        }

        var speakersWithViews = hits.Where(h => h.Kind == UnitKinds.ExpertView).Select(h => h.Speaker).ToHashSet();
        Assert.DoesNotContain(hits, h => h.Kind == UnitKinds.CaseStudy && speakersWithViews.Contains(h.Speaker));
    }

    [Fact]
    public void A_case_told_in_a_view_is_shown_on_the_views_card_with_what_and_where()
    {
        var view = Search("橡胶").Hits.First(h => h.Speaker == "张燕");

        var folded = Assert.Single(view.CaseStudies);
        Assert.Contains(folded.Details, d => d.StartsWith("what: ", StringComparison.Ordinal));
        Assert.Contains(folded.Details, d => d.StartsWith("where: ", StringComparison.Ordinal) && d.Contains("勐腊", StringComparison.Ordinal));
    }

    [Fact]
    public void Asked_for_by_kind_case_studies_are_cards_of_their_own()
    {
        var cases = Search("橡胶", ("kind", UnitKinds.CaseStudy)).Hits;

        Assert.NotEmpty(cases);
        Assert.All(cases, c => Assert.Equal(UnitKinds.CaseStudy, c.Kind));
    }

    [Fact]
    public void Cards_name_what_they_are_instead_of_repeating_the_document_title()
    {
        var hits = Search("社区生计").Hits;

        Assert.All(hits.Where(h => h.Kind == UnitKinds.ExpertView), h => Assert.Equal($"{h.Speaker} · {h.Affiliation}", h.Label));
        Assert.All(hits.Where(h => h.Kind == UnitKinds.Document), h => Assert.Equal(h.Title, h.Label));
        Assert.True(hits.Count(h => h.Label == h.Title) <= 1, "the document title labels more than the document's own card");
    }

    [Theory]
    [InlineData("橡胶", "theme")]
    [InlineData("橡胶", "kind")]
    [InlineData("社区生计", "place")]
    public void Each_facet_count_is_the_number_of_cards_a_click_leaves(string query, string facet)
    {
        var values = Search(query).Facets[facet];

        foreach (var value in values)
        {
            Assert.Equal(value.Count, Search(query, (facet, value.Value)).Total);
        }
    }

    [Fact]
    public void Places_and_organisations_carry_their_english_names()
    {
        var facets = Search(null).Facets;

        Assert.Contains(facets["place"], v => v.Value == "云南省" && v.English == "Yunnan");
        Assert.Contains(facets["org"], v => v.Value == "联合国环境规划署" && v.English == "United Nations Environment Programme");
    }

    private static string Plain(string snippet) => Markup().Replace(snippet, string.Empty).Replace("…", string.Empty, StringComparison.Ordinal).Trim();

    [GeneratedRegex("</?mark>")]
    private static partial Regex Markup();
}
