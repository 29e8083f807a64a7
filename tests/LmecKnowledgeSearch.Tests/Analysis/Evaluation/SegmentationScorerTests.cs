using LmecKnowledgeSearch.Analysis;
using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Analysis.Evaluation;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Analysis.Evaluation;

public sealed class SegmentationScorerTests
{
    // The product's PKU word F1 when this test was written was 0.874; a drop of more than 0.01 is a regression.
    private const double PkuFloor = 0.864;

    [Fact]
    public void Counts_word_spans_and_punctuation_as_the_sighan_script_does()
    {
        var gold = new GoldTestSet("tiny", [new GoldSentence("澜湄合作，成果丰硕。", ["澜湄", "合作", "，", "成果", "丰硕", "。"])], new HashSet<string> { "合作" });

        var score = SegmentationScorer.Score(new FixedSegmenter([new Segment(0, 4, SegmentKind.Ideographic), new Segment(5, 2, SegmentKind.Ideographic), new Segment(7, 2, SegmentKind.Ideographic)]), gold);

        // Test words: 澜湄合作 ， 成果 丰硕 。 (5), of which ， 成果 丰硕 。 are right; gold has 6.
        Assert.Equal((6L, 5L, 4L), (score.GoldWords, score.TestWords, score.Correct));
        Assert.Equal(0.8, score.Precision, 6);
        Assert.Equal(4.0 / 6, score.Recall, 6);
        // Every gold word but 合作 is out of the training list, punctuation included: 4 of those 5 are found.
        Assert.Equal(0.8, score.OovRecall, 6);
    }

    [SharedCorpusFact]
    public void Product_segmenter_keeps_its_word_f1_on_the_pku_test_set()
    {
        var root = Path.Combine(TestCorpus.SharedRoot!, "bench", "segmentation", "icwb2-sighan2005", "gold");
        var pku = GoldTestSetReader.ReadSighan("PKU", Path.Combine(root, "pku_test_gold.utf8"), null);

        var score = SegmentationScorer.Score(SegmenterFactory.CreateDefault(), pku);

        Assert.True(score.F1 >= PkuFloor, $"PKU F1 {score.F1:0.0000} fell below {PkuFloor}");
        Assert.True(score.F1 > SegmentationScorer.Score(new IcuSegmenter(), pku).F1 + 0.05, "the product no longer beats ICU alone clearly");
    }

    private sealed class FixedSegmenter(IReadOnlyList<Segment> segments) : ISegmenter
    {
        public IReadOnlyList<Segment> Segment(string text) => segments;
    }
}
