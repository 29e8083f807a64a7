using LmecKnowledgeSearch.Search;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Search;

/// <summary>Search over the seed briefing: expert views, filters, facets, both languages, query syntax.</summary>
public sealed class SeedSearchTests(SeedKnowledgeBase seed) : IClassFixture<SeedKnowledgeBase>
{
    private SearchResponse Search(string? query, params (string Facet, string Value)[] filters) =>
        seed.Knowledge.Search.Search(new SearchRequest
        {
            Query = query,
            Top = 50,
            Filters = filters.GroupBy(f => f.Facet).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(f => f.Value).ToList()),
        });

    [Fact]
    public void Lists_the_twelve_expert_views_with_speakers_and_full_affiliations()
    {
        var views = Search(null, ("kind", UnitKinds.ExpertView)).Hits;

        Assert.Equal(12, views.Count);
        Assert.All(views, v => Assert.False(string.IsNullOrWhiteSpace(v.Speaker)));
        Assert.All(views, v => Assert.False(string.IsNullOrWhiteSpace(v.Affiliation)));
        Assert.Contains(views, v => v.Speaker == "康蔼黎" && v.Affiliation == "野生生物保护协会区域策略主任");
        Assert.Contains(views, v => v.Speaker == "Thanapon Piman" && v.Affiliation!.Contains("斯德哥尔摩环境研究所", StringComparison.Ordinal));
        Assert.Contains(views, v => v.Speaker == "陈英豪" && v.Affiliation!.EndsWith("副研究员", StringComparison.Ordinal));
        Assert.DoesNotContain(views, v => v.Snippet.Contains("联系我们", StringComparison.Ordinal) || v.Snippet.Contains("电话", StringComparison.Ordinal));
        Assert.All(views, v => Assert.Equal("2022-05-20", v.Date));
    }

    [Theory]
    [InlineData("Song Yang", "宋扬")]
    [InlineData("Weiling Wu", "吴伟玲")]
    [InlineData("what Li Nan said", "李楠")]
    public void Finds_a_chinese_speakers_view_by_the_name_in_pinyin(string query, string speaker)
    {
        var top = Search(query).Hits[0];

        Assert.Equal(UnitKinds.ExpertView, top.Kind);
        Assert.Equal(speaker, top.Speaker);
    }

    [Theory]
    [InlineData("Dongjiang", "吴伟玲")]
    [InlineData("Guigang biomass", "吴万洲")]
    public void Finds_what_was_said_of_a_chinese_place_named_in_pinyin(string query, string speaker)
    {
        Assert.Equal(speaker, Search(query).Hits[0].Speaker);
    }

    [Theory]
    [InlineData("橡胶", "西双版纳州")]
    [InlineData("橡胶", "暹粒省")]
    [InlineData("生物质", "贵港市")]
    [InlineData("水资源", "东江")]
    [InlineData("咖啡", "云南省")]
    public void Finds_the_case_studies_with_their_places(string topic, string place)
    {
        var cases = Search(topic, ("kind", UnitKinds.CaseStudy), ("place", place)).Hits;

        Assert.NotEmpty(cases);
        Assert.All(cases, c => Assert.False(string.IsNullOrWhiteSpace(c.Speaker)));
    }

    [Fact]
    public void Credits_the_dongjiang_water_pilot_to_conservation_international()
    {
        var pilot = Search("东江 水资源管理 试点", ("kind", UnitKinds.CaseStudy)).Hits[0];
        var unit = seed.Knowledge.Search.GetUnit(pilot.Id)!;

        Assert.Contains("保护国际基金会", unit.Organisations);
        Assert.Contains(unit.Details, d => d.StartsWith("what: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_the_contact_block_out_of_passages()
    {
        var contact = Search("联系我们").Hits;

        Assert.DoesNotContain(contact, h => h.Kind == UnitKinds.Passage);
    }

    [Fact]
    public void Filters_by_organisation_acronym_and_by_province_through_its_prefectures()
    {
        var wwf = Search(null, ("kind", UnitKinds.ExpertView), ("org", "WWF")).Hits;
        var yunnan = Search(null, ("kind", UnitKinds.ExpertView), ("place", "云南")).Hits;

        Assert.Equal(["李楠"], wwf.Select(h => h.Speaker));
        Assert.Contains(yunnan, h => h.Speaker == "张燕");
        Assert.DoesNotContain(yunnan, h => h.Speaker == "Thanapon Piman");
    }

    [Fact]
    public void Tags_the_oxfam_view_gender_adaptation_and_livelihoods_but_not_the_biomass_view_adaptation()
    {
        var views = Search(null, ("kind", UnitKinds.ExpertView)).Hits;
        var oxfam = views.Single(v => v.Affiliation!.Contains("乐施会", StringComparison.Ordinal));
        var biomass = views.Single(v => v.Affiliation!.Contains("广西", StringComparison.Ordinal));

        Assert.Subset(oxfam.Themes.ToHashSet(), new HashSet<string> { "gender", "climate-adaptation", "livelihoods" });
        Assert.DoesNotContain("climate-adaptation", biomass.Themes);
    }

    [Fact]
    public void Counts_facets_over_the_current_filters()
    {
        var all = Search(null, ("kind", UnitKinds.ExpertView));
        var gender = Search(null, ("kind", UnitKinds.ExpertView), ("theme", "gender"));

        var genderCount = all.Facets["theme"].Single(f => f.Value == "gender").Count;
        Assert.Equal(genderCount, gender.Total);
        Assert.All(gender.Facets["kind"], f => Assert.Equal(UnitKinds.ExpertView, f.Value));
        Assert.Contains(all.Facets["year"], f => f.Value == "2022");
        Assert.Contains(all.Facets["doctype"], f => f.Value == "briefing");
    }

    [Theory]
    [InlineData("rubber plantation", "橡胶")]
    [InlineData("coffee agroforestry", "咖啡")]
    [InlineData("biomass combined heat and power", "生物质")]
    [InlineData("women climate adaptation", "女性")]
    public void English_queries_find_the_chinese_passages(string query, string expected)
    {
        var hits = Search(query).Hits;

        Assert.NotEmpty(hits);
        Assert.Contains(expected, hits[0].Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>", hits[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Asks_for_expert_views_when_the_query_does()
    {
        var plain = Search("咖啡农户").Hits.ToList();
        var asking = Search("专家 咖啡农户").Hits.ToList();

        static int FirstView(List<SearchHit> hits) => hits.FindIndex(h => h.Kind == UnitKinds.ExpertView);
        Assert.Equal("张海涯", asking[FirstView(asking)].Speaker);
        Assert.True(FirstView(asking) <= 1, $"first expert view at {FirstView(asking)}");
        Assert.True(FirstView(asking) <= FirstView(plain));
    }

    [Fact]
    public void Ranks_the_users_own_words_above_their_translations()
    {
        var hits = Search("橡胶 OR rubber").Hits;

        Assert.Contains("橡胶", hits[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_lucene_syntax_and_excludes_with_not()
    {
        var withoutCambodia = Search("橡胶 NOT 柬埔寨").Hits;
        var speakerField = Search("speaker:宋扬").Hits;

        Assert.NotEmpty(withoutCambodia);
        Assert.DoesNotContain(withoutCambodia, h => h.Snippet.Contains("柬埔寨", StringComparison.Ordinal));
        Assert.Equal("宋扬", Assert.Single(speakerField).Speaker);
    }

    [Theory]
    [InlineData("\"橡胶 AND (")]
    [InlineData("title:\"湄公河")]
    [InlineData("橡胶 AND")]
    public void Gives_a_clear_error_for_a_malformed_query(string query)
    {
        var error = Assert.Throws<LmecException>(() => Search(query));

        Assert.Equal(LmecErrorKind.InvalidInput, error.Kind);
        Assert.StartsWith("the query could not be understood", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("橡胶林试点?", "橡胶林试点")]
    [InlineData("\"橡胶林试点", "橡胶林试点")]
    [InlineData("(橡胶林试点", "橡胶林试点")]
    [InlineData("橡胶林试点 -{}-", "橡胶林试点")]
    [InlineData("橡胶林试点: what's new?", "橡胶林试点 what s new")]
    public void Reads_a_question_typed_in_words_as_text_not_query_syntax(string typed, string words)
    {
        var asTyped = Search(typed).Hits;

        Assert.NotEmpty(asTyped);
        Assert.Equal(Search(words).Hits[0].Id, asTyped[0].Id);
    }
}
