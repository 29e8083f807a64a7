using LmecKnowledgeSearch.Analysis;
using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Search.Glossary;
using LmecKnowledgeSearch.Search.Queries;
using LmecKnowledgeSearch.Search.Snippets;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Search.Snippets;

/// <summary>Highlights mark the user's own words and their direct translations, whole; never related expansions.</summary>
public sealed class HonestHighlightTests(SeedKnowledgeBase seed) : IClassFixture<SeedKnowledgeBase>
{
    private static readonly ISegmenter Segmenter = SegmenterFactory.CreateDefault();

    [Fact]
    public void Marks_words_and_translation_phrases_at_exact_offsets_in_mixed_text_and_never_their_fragments()
    {
        const string text = "性别与气候变化：Gender and climate change 影响社会性别平等，气候适应也是。";
        var builder = new SnippetBuilder(new WordAnalyzer(Segmenter), new BigramAnalyzer());
        var terms = new HighlightTerms(new HashSet<string> { "gender" }, new HashSet<string>()) { Phrases = ["性别", "climate change"] };

        var marks = builder.FindMatches(text, terms);

        // 性别 (twice, once inside 社会性别), Gender, and "climate change" as one phrase; not 与, and, 气候 or 变化.
        Assert.Equal([(0, 2), (8, 14), (19, 33), (38, 40)], marks);
    }

    [Fact]
    public void Offers_direct_translations_for_marking_but_no_synonyms_single_characters_or_function_words()
    {
        var analyzer = IndexSchema.CreateAnalyzer(Segmenter);
        var builder = new UserQueryBuilder(analyzer, new GlossaryQueryExpander(new GlossarySource(null, GlossaryQueryExpander.SearchWeights), analyzer));

        var (_, translations) = builder.HighlightSources("gender");

        Assert.Contains("性别", translations);
        Assert.DoesNotContain(translations, t => t.Length == 1 || t.Contains('与', StringComparison.Ordinal) || t.Contains("气候", StringComparison.Ordinal));
    }

    [Fact]
    public void The_document_view_for_gender_marks_gender_and_its_translation_only()
    {
        var id = seed.Knowledge.Search.Search(new() { Query = "gender" }).Hits[0].Id;

        var document = seed.Knowledge.Search.GetDocument(id, "gender")!;

        var marked = Marked(document.Html);
        Assert.Contains("性别", marked);
        Assert.All(marked, m => Assert.True(m is "性别" || m.Equals("gender", StringComparison.OrdinalIgnoreCase), $"marked '{m}'"));
    }

    [Fact]
    public void The_document_view_for_rubber_marks_rubber_not_economy_or_sustainability()
    {
        var id = seed.Knowledge.Search.Search(new() { Query = "橡胶" }).Hits[0].Id;

        var marked = Marked(seed.Knowledge.Search.GetDocument(id, "橡胶")!.Html);

        Assert.NotEmpty(marked);
        Assert.All(marked, m => Assert.Contains("橡胶", m, StringComparison.Ordinal));
    }

    private static List<string> Marked(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<mark>(.*?)</mark>").Select(m => m.Groups[1].Value).ToList();
}
