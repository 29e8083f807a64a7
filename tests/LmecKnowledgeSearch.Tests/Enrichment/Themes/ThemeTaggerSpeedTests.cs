using System.Diagnostics;
using LmecKnowledgeSearch.Enrichment.Themes;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;
using Xunit.Abstractions;

namespace LmecKnowledgeSearch.Tests.Enrichment.Themes;

/// <summary>Indexing tags every unit of the archive: loading the tagger once and tagging 7,000 passages must take seconds.</summary>
public sealed class ThemeTaggerSpeedTests(ITestOutputHelper output)
{
    private const int PassageCount = 7000;

    // Generous for a shared 2-core machine; the tagger measured a few seconds on it.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(45);

    [SharedCorpusFact]
    public void Loads_once_and_tags_seven_thousand_corpus_passages_in_parallel_within_seconds()
    {
        var passages = CorpusPassages().Take(PassageCount).ToList();
        Assert.Equal(PassageCount, passages.Count);

        var stopwatch = Stopwatch.StartNew();
        var tagger = ThemeTagger.CreateDefault();
        var load = stopwatch.Elapsed;
        var tagged = passages.AsParallel().Select(p => tagger.Tag(p)).ToList();
        stopwatch.Stop();

        output.WriteLine(
            $"load {load.TotalSeconds:0.00} s; {passages.Count} passages (mean {passages.Average(p => p.Length):0} chars) " +
            $"tagged in {(stopwatch.Elapsed - load).TotalSeconds:0.00} s on {Environment.ProcessorCount} cores; " +
            $"{tagged.Count(t => t.Count > 0)} with at least one theme");
        Assert.True(stopwatch.Elapsed < Budget, $"took {stopwatch.Elapsed.TotalSeconds:0.0} s");
        Assert.Contains(tagged, t => t.Count > 0);
    }

    /// <summary>Paragraphs of the text and markdown documents of ../shared/corpus, repeated to reach the count.</summary>
    private static IEnumerable<string> CorpusPassages()
    {
        var files = Directory.EnumerateFiles(TestCorpus.SharedCorpus!, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var paragraphs = files
            .SelectMany(f => LabelledThemeUnits.Paragraphs(File.ReadAllText(f)))
            .Where(p => p.Length >= 40)
            .ToList();
        Assert.NotEmpty(paragraphs);
        while (true)
        {
            foreach (var p in paragraphs)
            {
                yield return p;
            }
        }
    }
}
