using LmecKnowledgeSearch.Enrichment.Themes;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.Themes;

public sealed class ThemeTaggerTests
{
    private static readonly ThemeTagger Tagger = ThemeTagger.CreateDefault();

    private static HashSet<string> IdsOf(string text) => Tagger.Tag(text).Select(t => t.Id).ToHashSet();

    [Fact]
    public void Does_not_take_a_survey_table_of_respondents_by_sex_for_the_gender_theme()
    {
        Assert.DoesNotContain("gender", IdsOf("表2 受访者特征 变量 Variable 性别Gender 男=0，女=1 0.47 0.50 年龄Age 周岁 45.3 12.1 学历Education 年 7.2 3.4"));
    }

    [Fact]
    public void Still_tags_text_about_gender_roles_with_the_gender_theme()
    {
        Assert.Contains("gender", IdsOf("就性别而言，家庭中“男主外，女主内”的分工使妇女承担了更多家务劳动，农村妇女在土地和信贷获取方面处于不利地位，需要推进性别平等。"));
    }

    [Fact]
    public void Tags_the_oxfam_view_with_gender_adaptation_and_livelihoods()
    {
        var ids = IdsOf(SeedViews.OxfamView);

        Assert.Contains("gender", ids);
        Assert.Contains("climate-adaptation", ids);
        Assert.Contains("livelihoods", ids);
    }

    [Fact]
    public void Tags_the_guangxi_biomass_view_as_mitigation_not_adaptation()
    {
        var ids = IdsOf(SeedViews.GuangxiBiomassView);

        Assert.Contains("climate-mitigation", ids);
        Assert.DoesNotContain("climate-adaptation", ids);
    }

    [Fact]
    public void Tags_the_unep_rubber_view_with_nature_or_biodiversity_and_livelihoods()
    {
        var ids = IdsOf(SeedViews.UnepRubberView);

        Assert.True(ids.Contains("nature-based-solutions") || ids.Contains("biodiversity"), string.Join(",", ids));
        Assert.Contains("livelihoods", ids);
    }

    [Fact]
    public void Tags_nothing_in_the_contact_block_or_empty_text()
    {
        Assert.Empty(Tagger.Tag(SeedViews.ContactBlock));
        Assert.Empty(Tagger.Tag("   "));
    }

    [Fact]
    public void Gives_scores_in_the_unit_interval_strongest_first_with_cue_words_as_evidence()
    {
        var tags = Tagger.Tag(SeedViews.GuangxiBiomassView);

        Assert.All(tags, t => Assert.InRange(t.Score, 0.5, 1.0));
        Assert.Equal(tags.OrderByDescending(t => t.Score).Select(t => t.Id), tags.Select(t => t.Id));
        Assert.Contains("碳排放", tags.Single(t => t.Id == "climate-mitigation").Evidence);
    }

    [Fact]
    public void The_classifier_catches_an_adaptation_paraphrase_without_cue_words()
    {
        const string text = "The region's climate plans call on communities to prepare for the changes already under way in rainfall and temperature.";
        var lexiconOnly = new ThemeTagger(new ThemeLexiconScorer(ThemeTaxonomy.LoadEmbedded()), classifier: null);

        Assert.DoesNotContain(lexiconOnly.Tag(text), t => t.Id == "climate-adaptation");
        var adaptation = Assert.Single(Tagger.Tag(text), t => t.Id == "climate-adaptation");
        Assert.Empty(adaptation.Evidence);
    }

    [Fact]
    public void Tags_the_same_in_parallel_as_one_by_one()
    {
        var paragraphs = LabelledThemeUnits.Paragraphs(TestCorpus.ReadSeed());
        var expected = paragraphs.Select(p => Describe(Tagger.Tag(p))).ToList();
        var work = Enumerable.Range(0, 8).SelectMany(_ => Enumerable.Range(0, paragraphs.Count)).ToList();

        var actual = work.AsParallel().WithDegreeOfParallelism(4).Select(i => (i, Describe(Tagger.Tag(paragraphs[i])))).ToList();

        Assert.All(actual, a => Assert.Equal(expected[a.i], a.Item2));
    }

    private static string Describe(IReadOnlyList<ThemeTag> tags) =>
        string.Join(";", tags.Select(t => $"{t.Id}={t.Score:0.0000}[{string.Join("/", t.Evidence)}]"));
}
