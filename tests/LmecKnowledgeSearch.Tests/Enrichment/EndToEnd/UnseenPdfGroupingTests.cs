using LmecKnowledgeSearch.Enrichment.Experts;
using LmecKnowledgeSearch.Ingestion;
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

    public static TheoryData<string> EnglishDocuments => new()
    {
        UnseenBriefings.English,
        UnseenNotes.English,
        UnseenHeaderForms.InlineEnglish,
    };

    private readonly BriefingStructureExtractor extractor = new();

    [Theory]
    [MemberData(nameof(EnglishDocuments))]
    public void Finds_the_same_speakers_when_english_lines_are_wrapped_between_words(string text)
    {
        var asText = extractor.Extract(ParagraphDocument.FromText(text))!.ExpertViews;
        var grouped = ParagraphDocument.GroupedLikePdf(text);
        var wrapped = new ExtractedDocument(
            grouped.Blocks.Select(b => b with { Text = string.Join('\n', b.Text.Split('\n').SelectMany(l => WrapWords(l, 60))) }).ToList(),
            DocumentProperties.None);
        var asPdf = extractor.Extract(wrapped)?.ExpertViews ?? [];

        Assert.Equal(asText.Select(v => v.Speaker), asPdf.Select(v => v.Speaker));
    }

    private static IEnumerable<string> WrapWords(string line, int width)
    {
        var current = string.Empty;
        foreach (var word in line.Split(' '))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                yield return current;
                current = word;
            }
            else
            {
                current = current.Length == 0 ? word : current + " " + word;
            }
        }

        yield return current;
    }

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
