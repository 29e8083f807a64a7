using System.IO.Compression;
using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Search.Glossary;
using LmecKnowledgeSearch.Tests.Fixtures;
using LmecKnowledgeSearch.TextPrimitives;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Search.Glossary;

/// <summary>
/// Does the glossary bridge languages on real documents? Queries written in one language about topics of a document in
/// the other language must propose at least one term (weight 0.5 or more) that the document actually contains.
/// </summary>
public sealed partial class GlossaryUsefulnessTests
{
    private static readonly QueryConceptRecognizer Recognizer =
        new(LmecKnowledgeSearch.Search.Glossary.Glossary.LoadDefault());

    [SharedCorpusTheory]
    [InlineData("Tibetan nature reserves", "chinaxiv-zh-ecology/md/ChinaXiv-201804.01722V1.md")]
    [InlineData("desertification reversal and farmer livelihoods", "chinaxiv-zh-ecology/md/ChinaXiv-201704.00165V1.md")]
    [InlineData("payments for ecosystem services", "chinaxiv-zh-ecology/md/ChinaXiv-201702.00133V1.md")]
    [InlineData("migratory birds in estuary wetlands", "chinaxiv-zh-ecology/md/ChinaXiv-201711.00059V1.md")]
    [InlineData("wild Asian elephants", "crud-rag-zh-news-env/txt/news-065.txt")]
    [InlineData("women improving the rural living environment", "crud-rag-zh-news-env/txt/news-017.txt")]
    [InlineData("carbon peaking and carbon neutrality in refineries", "crud-rag-zh-news-env/txt/news-001.txt")]
    [InlineData("national parks and biodiversity", "crud-rag-zh-news-env/txt/news-011.txt")]
    public void English_query_proposes_a_chinese_term_found_in_a_relevant_chinese_document(string query, string document)
    {
        var text = File.ReadAllText(Path.Combine(TestCorpus.SharedCorpus!, document));
        var proposed = Recognizer.Recognize(query)
            .SelectMany(e => e.Terms)
            .Where(t => t.Language == "zh" && t.Weight >= 0.5)
            .Select(t => t.Text)
            .ToList();
        Assert.NotEmpty(proposed);
        Assert.True(proposed.Any(text.Contains), $"none of [{string.Join(", ", proposed)}] occurs in {document}");
    }

    [SharedCorpusTheory]
    [InlineData("湄公河流域农村贫困人口的适应资金", "dai-developments-mekong-en/2016-08-03-tapping-climate-change-adaptation-financing-for-the-benefit-of-the-rural-poor-of-the-mekong-basin.markdown")]
    [InlineData("社区气候故事与适应规划", "dai-developments-mekong-en/2015-09-30-building-community-climate-stories-and-adaptation-plans-from-the-ground-up.markdown")]
    [InlineData("洪水韧性与创新", "grp-resilience-en/posts-md/2016-04-13-how-to-achieve-flood-resilience-embrace-innovation.md")]
    [InlineData("水安全", "grp-resilience-en/posts-md/2016-11-03-water_security.md")]
    [InlineData("孟加拉国沿海地区适应气候变化", "grp-resilience-en/teams-md/adaptation-in-coastal-bangladesh.md")]
    [InlineData("每年1000亿美元气候资金", "thesis-climate-adaptation-en/100-billion-dollar-COP-out.docx")]
    public void Chinese_query_proposes_an_english_term_found_in_a_relevant_english_document(string query, string document)
    {
        var path = Path.Combine(TestCorpus.SharedCorpus!, document);
        var text = path.EndsWith(".docx", StringComparison.Ordinal) ? DocxText(path) : File.ReadAllText(path);
        var folded = " " + EnglishWords.Key(text) + " ";
        var proposed = Recognizer.Recognize(query)
            .SelectMany(e => e.Terms)
            .Where(t => t.Language == "en" && t.Weight >= 0.5)
            .Select(t => t.Text)
            .ToList();
        Assert.NotEmpty(proposed);
        Assert.True(
            proposed.Any(t => folded.Contains(" " + EnglishWords.Key(t) + " ", StringComparison.Ordinal)),
            $"none of [{string.Join(", ", proposed)}] occurs in {document}");
    }

    [SharedCorpusFact]
    public void Most_chinese_concept_terms_of_the_seed_briefing_are_recognised_with_english_expansions()
    {
        // The seed briefing's own title line is the kind of text users paste as a query.
        var title = TestCorpus.ReadSeed().Split('\n').First(l => l.Contains("专题二", StringComparison.Ordinal));
        var expansions = Recognizer.Recognize(title);
        Assert.True(expansions.Count >= 5, string.Join(", ", expansions.Select(e => e.Surface)));
        Assert.All(expansions, e => Assert.Contains(e.Terms, t => t.Language == "en"));
    }

    private static string DocxText(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        using var reader = new StreamReader(archive.GetEntry("word/document.xml")!.Open());
        return XmlTag().Replace(reader.ReadToEnd(), " ");
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex XmlTag();
}
