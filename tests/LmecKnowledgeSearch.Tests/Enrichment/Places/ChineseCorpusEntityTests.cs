using System.Collections.Concurrent;
using System.Diagnostics;
using LmecKnowledgeSearch.Enrichment.Organisations;
using LmecKnowledgeSearch.Enrichment.Places;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.Places;

/// <summary>Places and organisations over the Chinese papers and news of ../shared/corpus (read in place, never copied).</summary>
public sealed class ChineseCorpusEntityTests
{
    private static readonly PlaceRecognizer Places = PlaceRecognizer.CreateDefault();
    private static readonly OrganisationRecognizer Organisations = new(OrganisationRegistry.LoadDefault(), Places);

    private static List<string> ChineseTexts() =>
        new[] { "chinaxiv-zh-ecology/md", "crud-rag-zh-news-env", "green-spectator-zh-en" }
            .Select(source => Path.Combine(TestCorpus.SharedCorpus!, source))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(path => path.EndsWith(".txt", StringComparison.Ordinal) || path.EndsWith(".zh.md", StringComparison.Ordinal)
                || (path.EndsWith(".md", StringComparison.Ordinal) && path.Contains("chinaxiv", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();

    [SharedCorpusFact]
    public void Finds_the_regions_places_and_the_bodies_the_papers_name()
    {
        var texts = ChineseTexts();
        var places = texts.SelectMany(t => Places.FindPlaces(t)).Select(p => p.Mention.Name).ToHashSet();
        var organisations = texts.SelectMany(t => Organisations.FindOrganisations(t)).Select(o => o.Mention.Name).ToHashSet();

        Assert.Superset(new HashSet<string> { "云南省", "澜沧江", "西双版纳州", "三江源国家公园", "青藏高原", "湄公河", "柬埔寨" }, places);
        Assert.Superset(new HashSet<string> { "中国科学院", "生态环境部", "政府间气候变化专门委员会", "国家林业和草原局", "联合国环境规划署" }, organisations);
    }

    [SharedCorpusFact]
    public void Never_reports_the_side_of_a_mountain_or_river_as_a_province()
    {
        foreach (var text in ChineseTexts())
        {
            foreach (var place in Places.FindPlaces(text).Where(p => p.Kind == PlaceKind.Province && p.Mention.Length == 2))
            {
                var next = place.Mention.Start + 2 < text.Length ? text[place.Mention.Start + 2] : ' ';
                var previous = place.Mention.Start > 0 ? text[place.Mention.Start - 1] : ' ';
                Assert.False(
                    "山河江湖".Contains(previous) && "麓坡岸侧".Contains(next),
                    $"{previous}{place.Mention.Surface}{next} is the side of a feature, not {place.Mention.Name}");
            }
        }
    }

    [SharedCorpusFact]
    public void Guesses_no_organisation_that_starts_with_a_verb()
    {
        string[] verbs = ["达到", "考上", "联系", "督促", "负责", "开展", "通过", "参加"];
        foreach (var text in ChineseTexts())
        {
            foreach (var organisation in Organisations.FindOrganisations(text).Where(o => o.OrganisationId is null))
            {
                Assert.DoesNotContain(verbs, v => organisation.Mention.Surface.Contains(v, StringComparison.Ordinal));
            }
        }
    }

    [SharedCorpusFact]
    public void Gives_the_same_results_from_many_threads_and_keeps_up_with_a_corpus()
    {
        var texts = ChineseTexts();
        var sequential = texts.Select(t => Describe(t)).ToList();

        var parallel = new ConcurrentDictionary<int, string>();
        var watch = Stopwatch.StartNew();
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Describe(texts[i]));
        watch.Stop();

        Assert.Equal(sequential, Enumerable.Range(0, texts.Count).Select(i => parallel[i]));

        // ~150 papers and news articles (a few MB) stand for thousands of passages; the machine is shared, hence the margin.
        var characters = texts.Sum(t => t.Length);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"{characters} characters took {watch.Elapsed.TotalSeconds:F1} s");
    }

    private static string Describe(string text) =>
        string.Join('|', Places.Find(text).Select(m => $"{m.Start}:{m.Name}"))
        + "#" + string.Join('|', Organisations.Find(text).Select(m => $"{m.Start}:{m.Name}"));
}
