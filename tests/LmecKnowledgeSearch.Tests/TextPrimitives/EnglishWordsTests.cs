using LmecKnowledgeSearch.Analysis;
using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Tests.Analysis;
using LmecKnowledgeSearch.Tests.Fixtures;
using LmecKnowledgeSearch.TextPrimitives;
using Xunit;

namespace LmecKnowledgeSearch.Tests.TextPrimitives;

public sealed class EnglishWordsTests
{
    private static readonly Lazy<ISegmenter> Segmenter = new(SegmenterFactory.CreateDefault);

    [Theory]
    [InlineData("Protected Areas", "protected area")]
    [InlineData("women's groups", "woman group")]
    [InlineData("regional organisations", "regional organization")]
    [InlineData("REDD+ and PM2.5 levels", "redd+ and pm2.5 level")]
    [InlineData("climate-smart/nature-based", "climate smart nature based")]
    public void Fold_keys_meet_across_plural_possessive_and_spelling(string term, string expected) =>
        Assert.Equal(expected, EnglishWords.Key(term));

    [Fact]
    public void Fold_keeps_words_that_stemming_would_conflate()
    {
        // Dictionary keys stay words: a glossary entry for "protection" must not answer "protected".
        Assert.NotEqual(EnglishWords.Key("protection"), EnglishWords.Key("protected"));
        Assert.Equal(EnglishWords.Stem("protection"), EnglishWords.Stem("protected"));
    }

    [Theory]
    [InlineData("attended", "attendance")]
    [InlineData("organisations", "organization")]
    [InlineData("women", "woman")]
    [InlineData("adaptation", "adaptations")]
    public void Stem_conflates_forms_of_one_word(string a, string b) =>
        Assert.Equal(EnglishWords.Stem(a), EnglishWords.Stem(b));

    [Fact]
    public void Content_keys_skip_function_words_and_point_at_their_words()
    {
        const string question = "Who attended the 2022 workshop on Mekong's wetlands?";

        var keys = EnglishWords.ContentKeys(question).ToList();

        Assert.Equal(["attend", "2022", "workshop", "mekong", "wetland"], keys.Select(k => k.Key));
        Assert.All(keys, k => Assert.StartsWith(k.Key[..3], question[k.Start..].ToLowerInvariant(), StringComparison.Ordinal));
    }

    [Fact]
    public void A_hyphenated_compound_is_one_word_of_running_text()
    {
        var words = EnglishWords.Words("the Lancang-Mekong Environmental Cooperation Center's nature-based work");

        Assert.Equal(["the", "lancang-mekong", "environment", "cooper", "center", "natur-base", "work"], words.Select(w => w.Key));
        Assert.Equal("Lancang-Mekong", words[1].Raw);
        Assert.Equal(EnglishWords.Stem("nature-based"), words[5].Key);
    }

    [SharedCorpusFact]
    public void The_word_field_stems_english_as_answer_matching_does()
    {
        // One normaliser: every English term the index makes from a real report is the key answer matching makes.
        var path = Directory.EnumerateFiles(Path.Combine(TestCorpus.SharedCorpus!, "grp-resilience-en"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .First();
        var text = File.ReadAllText(path);
        using var analyzer = new WordAnalyzer(Segmenter.Value);

        var english = AnalyzedText.Of(analyzer, text).Tokens
            .Where(t => char.IsAsciiLetter(text[t.Start]))
            .ToList();

        Assert.True(english.Count > 100, $"{path} gave only {english.Count} English tokens");
        Assert.All(english, t => Assert.Equal(EnglishWords.Stem(text[t.Start..t.End]), t.Term));
    }
}
