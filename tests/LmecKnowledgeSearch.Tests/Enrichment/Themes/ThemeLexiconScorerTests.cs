using LmecKnowledgeSearch.Enrichment.Themes;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.Themes;

public sealed class ThemeLexiconScorerTests
{
    private readonly ThemeLexiconScorer _scorer = new(ThemeTaxonomy.LoadEmbedded());

    private ThemeLexiconScore ScoreOf(string text, string themeId) => _scorer.Score(text).Single(s => s.ThemeId == themeId);

    [Fact]
    public void Taxonomy_has_the_four_required_themes_with_labels_and_cues_in_both_languages()
    {
        var taxonomy = ThemeTaxonomy.LoadEmbedded();
        foreach (var id in new[] { "nature-based-solutions", "livelihoods", "gender", "climate-adaptation" })
        {
            var theme = taxonomy.Find(id);
            Assert.NotNull(theme);
            Assert.NotEmpty(theme.LabelZh);
            Assert.NotEmpty(theme.LabelEn);
            Assert.Contains(theme.Cues, c => c.Term.Any(ch => ch >= '\u4e00' && ch <= '\u9fff'));
            Assert.Contains(theme.Cues, c => c.Term.Any(char.IsAsciiLetter));
        }
    }

    [Fact]
    public void Rejects_a_taxonomy_with_a_cue_listed_twice()
    {
        const string json = """{"themes":[{"id":"x","labelZh":"x","labelEn":"x","cues":{"水":1,"水":2}}]}""";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Throws<FormatException>(() => ThemeTaxonomy.Parse(stream));
    }

    [Fact]
    public void Reports_the_chinese_cues_found_in_the_oxfam_view_as_evidence()
    {
        var adaptation = ScoreOf(SeedViews.OxfamView, "climate-adaptation");

        Assert.True(adaptation.IsTagged);
        Assert.Contains("气候适应", adaptation.Evidence);
        Assert.Contains("女性群体", ScoreOf(SeedViews.OxfamView, "gender").Evidence);
    }

    [Fact]
    public void Scores_the_guangxi_biomass_view_as_mitigation_and_not_adaptation()
    {
        var mitigation = ScoreOf(SeedViews.GuangxiBiomassView, "climate-mitigation");

        Assert.True(mitigation.IsTagged);
        Assert.Contains("碳排放", mitigation.Evidence);
        Assert.False(ScoreOf(SeedViews.GuangxiBiomassView, "climate-adaptation").HasCue);
    }

    [Fact]
    public void Matches_english_cues_as_whole_words_with_plural_and_stem_endings()
    {
        var text = "Nature-based solutions such as mangroves help coastal villages adapting to storms.";

        Assert.Contains("nature-based solutions", ScoreOf(text, "nature-based-solutions").Evidence);
        Assert.Contains("mangroves", ScoreOf(text, "nature-based-solutions").Evidence);
        Assert.Contains("adapting", ScoreOf(text, "climate-adaptation").Evidence);
    }

    [Fact]
    public void Does_not_match_an_english_cue_inside_a_longer_word()
    {
        Assert.False(ScoreOf("The shop sells womenswear and menswear.", "gender").HasCue);
        Assert.False(ScoreOf("The biodiversitylab website was offline.", "biodiversity").HasCue);
    }

    [Fact]
    public void Counts_text_once_for_the_longest_cue_covering_it()
    {
        var gender = ScoreOf("推动性别平等。", "gender");

        Assert.Equal(["性别平等"], gender.Evidence);
    }

    [Fact]
    public void A_single_passing_mention_of_gender_does_not_tag_it()
    {
        // 性别 appears once, in a list of programme areas; and a survey reports its share of women respondents.
        Assert.True(ScoreOf(SeedViews.EcosystemPartnershipView, "gender").HasCue);
        Assert.False(ScoreOf(SeedViews.EcosystemPartnershipView, "gender").IsTagged);
        Assert.False(ScoreOf("受访者中男性占52%，女性占48%，调查主要关注居民对空气污染的感知。", "gender").IsTagged);
    }

    [Fact]
    public void Generic_talk_of_tackling_climate_change_is_weak_adaptation_evidence()
    {
        var adaptation = ScoreOf("各方一致表示要共同应对气候变化，加强交流合作。", "climate-adaptation");

        Assert.True(adaptation.HasCue);
        Assert.False(adaptation.IsTagged);
    }

    [Fact]
    public void The_same_cues_weigh_less_in_a_long_document_than_in_a_short_unit()
    {
        var view = SeedViews.OxfamView;
        var padded = view + string.Concat(Enumerable.Repeat("会议于上午九时开幕，与会代表听取了工作报告并合影留念。", 60));

        Assert.True(ScoreOf(padded, "gender").Confidence < ScoreOf(view, "gender").Confidence);
        Assert.False(ScoreOf(padded, "gender").IsTagged);
    }

    [Fact]
    public void Finds_no_theme_in_the_contact_block()
    {
        Assert.Empty(_scorer.Tag(SeedViews.ContactBlock));
    }

    [Fact]
    public void Matches_full_width_latin_text_after_normalisation()
    {
        Assert.Contains("ccus", ScoreOf("公司一期ＣＣＵＳ项目投产运行。", "climate-mitigation").Evidence.Select(e => e.ToLowerInvariant()));
    }
}
