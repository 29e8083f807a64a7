using LmecKnowledgeSearch.Analysis;
using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Analysis.Chinese;

public sealed class CjkDictionarySegmenterTests
{
    private static readonly Lazy<CjkDictionary> Dictionary = new(() => CjkDictionary.TryLoad()
        ?? throw new InvalidOperationException("ICU4N.resources has no cjdict.dict"));

    private static readonly Lazy<CjkDictionarySegmenter> Segmenter = new(() => new CjkDictionarySegmenter(Dictionary.Value, new IcuSegmenter()));

    private static string[] HanWords(ISegmenter segmenter, string text) =>
        segmenter.Segment(text)
            .Where(s => s.Kind == SegmentKind.Ideographic)
            .Select(s => text.Substring(s.Start, s.Length))
            .ToArray();

    [Fact]
    public void Loads_icu_dictionary_from_icu4n_resources()
    {
        var walker = Dictionary.Value.CreateWalker();
        Span<int> lengths = stackalloc int[CjkDictionary.MaxWordLength + 1];
        Span<int> costs = stackalloc int[CjkDictionary.MaxWordLength + 1];

        var count = Dictionary.Value.Matches(walker, "国家公园", 0, 4, lengths, costs);

        Assert.Contains(2, lengths[..count].ToArray()); // 国家
    }

    [Fact]
    public void Cuts_the_seed_briefing_into_the_same_chinese_words_as_icu_break_iterator()
    {
        var lines = TestCorpus.ReadSeed().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var differing = lines.Where(l => !HanWords(Segmenter.Value, l).SequenceEqual(HanWords(new IcuSegmenter(), l))).ToList();

        Assert.True(differing.Count <= lines.Length / 50, $"{differing.Count} of {lines.Length} lines differ, first: {differing.FirstOrDefault()}");
    }

    [Fact]
    public void Keeps_exact_offsets_on_mixed_text()
    {
        const string Text = "在柬埔寨暹粒Phnom Kulen国家公园，PM2.5下降3.5%";

        var segments = Segmenter.Value.Segment(Text);
        var words = segments.Select(s => Text.Substring(s.Start, s.Length)).ToArray();

        Assert.Contains("Phnom", words);
        Assert.Contains("Kulen", words);
        Assert.Contains("PM2.5", words);
        Assert.Contains("3.5", words);
        Assert.All(segments.Zip(segments.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
    }
}
