using LmecKnowledgeSearch.Enrichment.Organisations;
using LmecKnowledgeSearch.Enrichment.Places;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.Organisations;

/// <summary>Places and organisations over the English Markdown of ../shared/corpus (read in place, never copied).</summary>
public sealed class SharedCorpusEntityTests
{
    private static readonly PlaceRecognizer Places = PlaceRecognizer.CreateDefault();
    private static readonly OrganisationRecognizer Organisations = new(OrganisationRegistry.LoadDefault(), Places);

    private static IEnumerable<(string Path, string Text)> EnglishMarkdown()
    {
        foreach (var source in new[] { "dai-developments-mekong-en", "grp-resilience-en" })
        {
            var folder = Path.Combine(TestCorpus.SharedCorpus!, source);
            foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                         .Where(p => p.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
                         .Order(StringComparer.Ordinal))
            {
                yield return (path, File.ReadAllText(path));
            }
        }
    }

    private static bool IsLatinLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c) || (c >= '\u00C0' && c <= '\u024F');

    [SharedCorpusFact]
    public void Finds_the_expected_Mekong_bodies_and_places()
    {
        var organisations = new HashSet<string>();
        var places = new HashSet<string>();
        foreach (var (_, text) in EnglishMarkdown())
        {
            organisations.UnionWith(Organisations.Find(text).Select(m => m.Name));
            places.UnionWith(Places.Find(text).Select(m => m.Name));
        }

        Assert.Contains("湄公河委员会", organisations);
        Assert.Contains("世界自然保护联盟", organisations);
        Assert.Contains("美国国际开发署", organisations);
        Assert.Contains("芹苴", places);
        Assert.Contains("湄公河三角洲", places);
        Assert.Contains("柬埔寨", places);
    }

    [SharedCorpusFact]
    public void Never_reports_a_fragment_of_a_longer_word_or_a_wrong_offset()
    {
        var problems = new List<string>();
        foreach (var (path, text) in EnglishMarkdown())
        {
            foreach (var mention in Organisations.Find(text).Concat(Places.Find(text)))
            {
                if (text.Substring(mention.Start, mention.Length) != mention.Surface)
                {
                    problems.Add($"{Path.GetFileName(path)}: offset of '{mention.Surface}'");
                }

                var cutsIn = (mention.Start > 0 && IsLatinLetterOrDigit(text[mention.Start - 1]) && IsLatinLetterOrDigit(mention.Surface[0]))
                    || (mention.Start + mention.Length < text.Length && IsLatinLetterOrDigit(text[mention.Start + mention.Length]) && IsLatinLetterOrDigit(mention.Surface[^1]));
                if (cutsIn)
                {
                    problems.Add($"{Path.GetFileName(path)}: fragment '{mention.Surface}' at {mention.Start}");
                }
            }
        }

        Assert.Empty(problems);
    }

    [SharedCorpusFact]
    public void Finds_no_acronym_that_is_not_written_in_capitals_as_a_whole_word()
    {
        foreach (var (_, text) in EnglishMarkdown())
        {
            foreach (var mention in Organisations.Find(text).Where(m => m.Surface.Length <= 6 && m.Surface.All(c => !char.IsLower(c))))
            {
                Assert.True(mention.Surface.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '-' or '&' or '.'), mention.Surface);
            }

            Assert.DoesNotContain(Organisations.Find(text), m => m.Surface == "CI" && !text.Contains("Conservation International", StringComparison.Ordinal));
        }
    }
}
