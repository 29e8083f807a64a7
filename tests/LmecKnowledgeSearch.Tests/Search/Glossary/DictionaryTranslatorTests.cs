using LmecKnowledgeSearch.Search.Glossary;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Search.Glossary;

public sealed class DictionaryTranslatorTests
{
    private static readonly Lazy<BilingualDictionary> Dictionary = new(BilingualDictionary.LoadDefault);
    private static readonly Lazy<QueryConceptRecognizer> Curated = new(() => new QueryConceptRecognizer(LmecKnowledgeSearch.Search.Glossary.Glossary.LoadDefault()));

    [Fact]
    public void The_embedded_cc_cedict_maps_both_ways()
    {
        var dictionary = Dictionary.Value;

        Assert.True(dictionary.Count > 100_000, $"only {dictionary.Count} headwords");
        Assert.Contains("wetland", dictionary.EnglishOf("湿地")!);
        Assert.Contains(dictionary.ChineseOf("wetland")!, c => c.Chinese == "湿地");
    }

    [Fact]
    public void Never_translates_again_what_the_curated_glossary_recognised()
    {
        const string Query = "grey correlation analysis of herders' livelihood capital 沙漠化逆转 生态补偿";
        var curated = Curated.Value.Recognize(Query);

        var translated = new DictionaryTranslator(Dictionary.Value).Translate(Query, curated);

        Assert.NotEmpty(curated);
        Assert.NotEmpty(translated);
        foreach (var t in translated)
        {
            Assert.DoesNotContain(curated, c => c.Start < t.Start + t.Length && t.Start < c.Start + c.Length);
            Assert.Equal(DictionaryTranslator.Domain, t.Concept.Domain);
        }
    }

    [Fact]
    public void Gives_one_concept_per_english_word_holding_all_its_chinese_translations()
    {
        const string Query = "desertification reversal";

        var translated = new DictionaryTranslator(Dictionary.Value).Translate(Query, []);

        var desertification = Assert.Single(translated, t => t.Surface == "desertification");
        Assert.All(desertification.Terms, t => Assert.Equal("zh", t.Language));
        Assert.Contains(desertification.Terms, t => t.Text == "沙漠化");
    }

    [Fact]
    public void Translates_the_longest_chinese_headword_first()
    {
        const string Query = "自然保护区";

        var translated = new DictionaryTranslator(Dictionary.Value).Translate(Query, []);

        var whole = Assert.Single(translated);
        Assert.Equal(Query, whole.Surface);
        Assert.Contains(whole.Terms, t => t.Text == "nature reserve");
    }
}
