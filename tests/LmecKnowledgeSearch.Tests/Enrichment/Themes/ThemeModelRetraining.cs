using LmecKnowledgeSearch.Enrichment.Themes;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;
using Xunit.Abstractions;

namespace LmecKnowledgeSearch.Tests.Enrichment.Themes;

/// <summary>
/// Rebuilds src/LmecKnowledgeSearch/Data/themes/model.zip from the train split of the labelled set. Runs only on request:
/// <c>LMEC_RETRAIN_THEMES=1 dotnet test tests/LmecKnowledgeSearch.Tests --filter FullyQualifiedName~ThemeModelRetraining</c>
/// (needs ../shared to resolve the labelled texts), then rebuild so the new model is embedded.
/// </summary>
public sealed class ThemeModelRetraining(ITestOutputHelper output)
{
    [RetrainThemesFact]
    public void Retrains_the_embedded_theme_model_from_the_train_split()
    {
        var examples = LabelledThemeUnits.Load()
            .Where(u => !u.IsHeldOut)
            .Select(u => new ThemeTrainingExample(u.Text, u.Themes))
            .ToList();
        var trainer = new ThemeClassifierTrainer(new ThemeLexiconScorer(ThemeTaxonomy.LoadEmbedded()));
        var path = Path.Combine(TestCorpus.RepoRoot, "src", "LmecKnowledgeSearch", "Data", "themes", "model.zip");
        ThemeTrainingReport report;
        using (var file = File.Create(path))
        {
            report = trainer.Train(examples, file);
        }

        output.WriteLine($"trained on {report.ExampleCount} units; model {new FileInfo(path).Length / 1024} KB");
        foreach (var (theme, threshold) in report.Thresholds)
        {
            output.WriteLine($"{theme,-24} threshold {threshold:0.000}");
        }

        Assert.True(new FileInfo(path).Length < 2 * 1024 * 1024, "the embedded model must stay under 2 MB");
    }
}

/// <summary>A fact that runs only when LMEC_RETRAIN_THEMES=1 and ../shared is present.</summary>
public sealed class RetrainThemesFactAttribute : FactAttribute
{
    public RetrainThemesFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("LMEC_RETRAIN_THEMES") != "1")
        {
            Skip = "set LMEC_RETRAIN_THEMES=1 to retrain the embedded theme model";
        }
        else if (TestCorpus.SharedRoot is null)
        {
            Skip = "../shared/corpus is absent: the labelled texts cannot be resolved";
        }
    }
}
