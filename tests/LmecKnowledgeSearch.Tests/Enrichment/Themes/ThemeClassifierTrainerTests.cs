using LmecKnowledgeSearch.Enrichment.Themes;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.Themes;

public sealed class ThemeClassifierTrainerTests
{
    private const string GenderTaxonomy = """
        {"themes":[
          {"id":"gender","labelZh":"性别","labelEn":"Gender","requiresCue":true,"cues":{"妇女":0.6}},
          {"id":"water-resources","labelZh":"水资源","labelEn":"Water","cues":{"水资源":1.2}}]}
        """;

    [Fact]
    public void Trains_a_model_archive_that_loads_and_scores_every_trained_theme()
    {
        var (lexicon, classifier) = TrainSmallModel();

        Assert.Contains("gender", classifier.ThemeIds);
        var scores = classifier.Predict("合作社的姐妹们把绣品卖到了城里。");
        Assert.All(scores, s => Assert.InRange(s.Probability, 0, 1));
        Assert.NotNull(lexicon);
    }

    [Fact]
    public void The_classifier_alone_does_not_tag_a_theme_that_requires_a_cue()
    {
        var (lexicon, classifier) = TrainSmallModel();
        var tagger = new ThemeTagger(lexicon, classifier);
        const string withoutCue = "合作社的姐妹们把绣品卖到了城里，挣到了钱。";

        const string withWeakCue = "合作社的妇女们又一起学习刺绣，姐妹们互相帮助。";

        // The model has learnt that 姐妹 and 合作社 go with the theme, yet the first text has no gender cue word; the
        // second has one too weak for the lexicon alone (妇女 once), which the classifier may then confirm. The tiny
        // training set makes the tuned threshold high, so the confirmed text stays close to the training sentences.
        var uncued = classifier.Predict(withoutCue).Single(s => s.ThemeId == "gender");
        Assert.True(uncued.Probability >= 0.5, $"gender probability {uncued.Probability:0.000}, threshold {uncued.Threshold:0.000}");
        Assert.DoesNotContain(tagger.Tag(withoutCue), t => t.Id == "gender");
        Assert.False(lexicon.Score(withWeakCue).Single(s => s.ThemeId == "gender").IsTagged);
        var cued = classifier.Predict(withWeakCue).Single(s => s.ThemeId == "gender");
        Assert.True(tagger.Tag(withWeakCue).Any(t => t.Id == "gender"), $"gender probability {cued.Probability:0.000}, threshold {cued.Threshold:0.000}");
    }

    private static (ThemeLexiconScorer Lexicon, ThemeTextClassifier Classifier) TrainSmallModel()
    {
        using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(GenderTaxonomy));
        var lexicon = new ThemeLexiconScorer(ThemeTaxonomy.Parse(json));
        var gender = new HashSet<string> { "gender" };
        var none = new HashSet<string>();
        var examples = new List<ThemeTrainingExample>();
        for (var i = 0; i < 4; i++)
        {
            examples.Add(new ThemeTrainingExample($"合作社的妇女们第{i}次一起学习刺绣，姐妹们互相帮助。", gender));
            examples.Add(new ThemeTrainingExample($"姐妹们在合作社里做手工，第{i}批订单已经完成。", gender));
            examples.Add(new ThemeTrainingExample($"水库第{i}号闸门开始放水，下游河道水位上涨。", none));
            examples.Add(new ThemeTrainingExample($"第{i}届论坛在昆明举行，与会代表讨论了贸易便利化。", none));
        }

        using var archive = new MemoryStream();
        new ThemeClassifierTrainer(lexicon).Train(examples, archive);
        archive.Position = 0;
        return (lexicon, ThemeTextClassifier.Load(archive));
    }
}
