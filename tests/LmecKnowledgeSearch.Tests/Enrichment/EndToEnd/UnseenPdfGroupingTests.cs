using LmecKnowledgeSearch.Enrichment.Experts;
using LmecKnowledgeSearch.Tests.Enrichment.Experts;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.EndToEnd;

/// <summary>The unseen briefings grouped the way PDF extraction groups them: the same speakers must come out.</summary>
public sealed class UnseenPdfGroupingTests
{
    public static TheoryData<string> Documents => new()
    {
        UnseenBriefings.English,
        UnseenBriefings.AffiliationFirst,
        UnseenBriefings.MeetingNotes,
        UnseenBriefings.SpacedNames,
        UnseenBriefings.TwoSpeakers,
        UnseenNotes.Chinese,
        UnseenNotes.English,
        UnseenHeaderForms.Numbered,
        UnseenHeaderForms.InlineEnglish,
        UnseenLayouts.AffiliationAbove,
    };

    private readonly BriefingStructureExtractor extractor = new();

    [Theory]
    [MemberData(nameof(Documents))]
    public void Finds_the_same_speakers_when_blocks_are_grouped_like_a_pdf(string text)
    {
        var asText = extractor.Extract(ParagraphDocument.FromText(text))!.ExpertViews;
        var asPdf = extractor.Extract(ParagraphDocument.GroupedLikePdf(text))?.ExpertViews ?? [];

        Assert.Equal(asText.Select(v => (v.Speaker, v.Affiliation)), asPdf.Select(v => (v.Speaker, v.Affiliation)));
    }

    // PDF lines break Chinese anywhere; the wrapping helper cuts at a fixed width, so only Chinese texts are fair here.
    public static TheoryData<string> ChineseDocuments => new()
    {
        UnseenBriefings.AffiliationFirst,
        UnseenBriefings.MeetingNotes,
        UnseenBriefings.SpacedNames,
        UnseenBriefings.TwoSpeakers,
        UnseenNotes.Chinese,
        UnseenHeaderForms.Numbered,
        UnseenLayouts.AffiliationAbove,
    };

    [Theory]
    [MemberData(nameof(ChineseDocuments))]
    public void Finds_the_same_speakers_when_lines_are_wrapped_like_a_pdf(string text)
    {
        var asText = extractor.Extract(ParagraphDocument.FromText(text))!.ExpertViews;
        var asPdf = extractor.Extract(ParagraphDocument.WrappedLikePdf(text, 40))?.ExpertViews ?? [];

        Assert.Equal(asText.Select(v => v.Speaker), asPdf.Select(v => v.Speaker));
    }
}
