using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LmecKnowledgeSearch.Tests.Enrichment.EndToEnd;

/// <summary>The written briefings as other formats render them: Markdown with headings, and a DOCX built in code.</summary>
public static class UnseenRenditions
{
    /// <summary>The English briefing as Markdown: the title and the contact heading as headings, speaker names as level-3 headings in bold.</summary>
    public static string EnglishMarkdown()
    {
        var text = UnseenBriefings.English
            .Replace("Mekong Wetlands Roundtable: Community", "# Mekong Wetlands Roundtable: Community", StringComparison.Ordinal)
            .Replace("Contact us", "## Contact us", StringComparison.Ordinal);
        foreach (var name in new[] { "Sophea Chan", "Laura Bennett", "Vilay Phommachanh", "Tran Minh Duc" })
        {
            text = text.Replace("\n" + name + "\n", "\n### **" + name + "**\n", StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>
    /// The Chinese briefing with spaced names as a Word file: one paragraph per line, the title in the Title style,
    /// speaker names in Heading 2, and a two-line affiliation as two paragraphs.
    /// </summary>
    public static byte[] SpacedNamesDocx()
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(StyleOf("Title", "Title"), StyleOf("Heading2", "heading 2"));
            var body = new Body();
            foreach (var line in UnseenBriefings.SpacedNames.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                var style = line.Contains("专家观点", StringComparison.Ordinal) ? "Title"
                    : line is "林 晓" or "欧阳 春" or "Nguyen Van Hai" ? "Heading2"
                    : null;
                body.Append(Paragraph(line, style));
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        return paragraph;
    }

    private static Style StyleOf(string id, string name) =>
        new(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
}
