using System.Text;
using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Ingestion;

namespace LmecKnowledgeSearch.Tests.Enrichment.Experts;

/// <summary>
/// Builds <see cref="ExtractedDocument"/>s from plain text the way the readers do, in the groupings that different
/// renditions of one briefing produce.
/// </summary>
public static partial class ParagraphDocument
{
    /// <summary>Blocks = paragraphs split on blank lines, lines inside a paragraph kept with \n (the plain-text reader).</summary>
    public static ExtractedDocument FromText(string text, DocumentProperties? properties = null) =>
        new(Paragraphs(text).Select(p => new TextBlock(BlockKind.Paragraph, p)).ToList(), properties ?? DocumentProperties.None);

    /// <summary>Short paragraphs (speaker and affiliation lines) merged into the paragraph that follows them,
    /// as PDF extraction groups a speaker, the affiliation and the statement into one block.</summary>
    public static ExtractedDocument GroupedLikePdf(string text)
    {
        var blocks = new List<string>();
        var pending = new StringBuilder();
        foreach (var paragraph in Paragraphs(text))
        {
            pending.Append(pending.Length > 0 ? "\n" : string.Empty).Append(paragraph);
            var lines = paragraph.Split('\n');
            if (!(lines.Length <= 3 && lines.All(l => l.Length <= 60)))
            {
                blocks.Add(pending.ToString());
                pending.Clear();
            }
        }

        if (pending.Length > 0)
        {
            blocks.Add(pending.ToString());
        }

        return new ExtractedDocument(blocks.Select(b => new TextBlock(BlockKind.Paragraph, b)).ToList(), DocumentProperties.None);
    }

    /// <summary>Like <see cref="GroupedLikePdf"/>, and every long line hard-wrapped at <paramref name="width"/> characters.</summary>
    public static ExtractedDocument WrappedLikePdf(string text, int width)
    {
        var grouped = GroupedLikePdf(text);
        return new ExtractedDocument(
            grouped.Blocks.Select(b => b with { Text = string.Join('\n', b.Text.Split('\n').SelectMany(l => Wrap(l, width))) }).ToList(),
            DocumentProperties.None);
    }

    public static IReadOnlyList<string> Paragraphs(string text) =>
        BlankLines().Split(text.Replace("\r\n", "\n"))
            .Select(p => string.Join('\n', p.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)))
            .Where(p => p.Length > 0)
            .ToList();

    private static IEnumerable<string> Wrap(string line, int width)
    {
        for (var i = 0; i < line.Length; i += width)
        {
            yield return line.Substring(i, Math.Min(width, line.Length - i));
        }
    }

    [GeneratedRegex(@"\n[ \t\u3000]*\n\s*")]
    private static partial Regex BlankLines();
}
