using LmecKnowledgeSearch.Analysis;
using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.TextPrimitives;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Analysis.Chinese;

public sealed class SmartCnSegmenterTests
{
    private static readonly Lazy<SmartCnSegmenter> Segmenter = new(() => new SmartCnSegmenter(SegmenterFactory.CreateDictionaryBase()));

    private static string SeedBriefing() =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), "corpus", "lmec-briefing-2022-11.txt"));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LmecKnowledgeSearch.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("repository root not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Covers_every_han_character_of_the_seed_briefing_once_in_order()
    {
        var text = SeedBriefing();

        var segments = Segmenter.Value.Segment(text);

        var covered = new int[text.Length];
        var previousEnd = 0;
        foreach (var segment in segments)
        {
            Assert.True(segment.Start >= previousEnd, $"segment at {segment.Start} overlaps the previous one ending at {previousEnd}");
            previousEnd = segment.End;
            for (var i = segment.Start; i < segment.End; i++)
            {
                covered[i]++;
            }
        }

        var lost = Enumerable.Range(0, text.Length).Where(i => HanCharacters.IsHan(text[i]) && covered[i] == 0).ToList();
        Assert.Empty(lost);
    }

    [Fact]
    public void Keeps_latin_words_and_numbers_from_icu_with_exact_offsets()
    {
        const string Text = "在柬埔寨暹粒Phnom Kulen国家公园开展试点，２０２２年";

        var segments = Segmenter.Value.Segment(Text);
        var words = segments.Select(s => (Text.Substring(s.Start, s.Length), s.Kind)).ToList();

        Assert.Contains(("Phnom", SegmentKind.Alphanumeric), words);
        Assert.Contains(("Kulen", SegmentKind.Alphanumeric), words);
        Assert.Contains(("柬埔寨", SegmentKind.Ideographic), words);
        Assert.DoesNotContain(words, w => w.Item1.Contains('，'));
    }

    [Fact]
    public void The_product_segmenter_keeps_domain_lexicon_words_whole_over_smartcn()
    {
        const string Text = "湄公河流域水资源开发、气候变化、土地利用、森林砍伐和生态系统服务的过度使用";

        var words = SegmenterFactory.CreateDefault().Segment(Text).Select(s => Text.Substring(s.Start, s.Length)).ToList();

        Assert.Contains("生态系统服务", words);
        Assert.Contains("湄公河流域", words);
    }
}
