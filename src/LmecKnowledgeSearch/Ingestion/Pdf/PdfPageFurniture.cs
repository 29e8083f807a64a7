using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Ingestion.Pdf;

/// <summary>
/// Finds running headers, footers and page numbers: short paragraphs at the top or bottom of a page that repeat (digits
/// aside) on many pages, or that are nothing but a page number. They would otherwise be indexed once per page and
/// break sentences that run across a page break.
/// </summary>
public static partial class PdfPageFurniture
{
    // How many paragraphs at each end of a page can be furniture.
    private const int EdgeParagraphs = 2;
    private const int MaxFurnitureLength = 120;

    /// <summary>Returns, per page, the paragraphs with furniture removed.</summary>
    public static IReadOnlyList<IReadOnlyList<PdfParagraph>> Remove(IReadOnlyList<IReadOnlyList<PdfParagraph>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var pagesWithKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in EdgeIndexes(page).Select(i => Key(page[i].Text)).Distinct(StringComparer.Ordinal))
            {
                pagesWithKey[key] = pagesWithKey.GetValueOrDefault(key) + 1;
            }
        }

        var repeatThreshold = Math.Max(3, (pages.Count + 1) / 2);
        var result = new List<IReadOnlyList<PdfParagraph>>(pages.Count);
        foreach (var page in pages)
        {
            var edges = EdgeIndexes(page).ToHashSet();
            result.Add(page.Where((paragraph, i) => !(edges.Contains(i) && IsFurniture(paragraph.Text))).ToList());
        }

        return result;

        bool IsFurniture(string text) =>
            text.Length <= MaxFurnitureLength && (PageNumber().IsMatch(text) || pagesWithKey.GetValueOrDefault(Key(text)) >= repeatThreshold);
    }

    /// <summary>
    /// The first and last paragraphs in reading order, and the highest and lowest on the page: reading order may put a
    /// page number before a figure's labels that sit beside it.
    /// </summary>
    private static IEnumerable<int> EdgeIndexes(IReadOnlyList<PdfParagraph> page)
    {
        var byOrder = Enumerable.Range(0, page.Count).Where(i => i < EdgeParagraphs || i >= page.Count - EdgeParagraphs);
        var placed = Enumerable.Range(0, page.Count).Where(i => page[i].Top > page[i].Bottom).ToList();
        var highest = placed.OrderByDescending(i => page[i].Top).Take(EdgeParagraphs);
        var lowest = placed.OrderBy(i => page[i].Bottom).Take(EdgeParagraphs);
        return byOrder.Union(highest).Union(lowest);
    }

    /// <summary>Digits vary from page to page ("1 / 42", "第 3 页"); the rest of a running header does not.</summary>
    private static string Key(string text) => Digits().Replace(new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray()), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\s*(?:[-–—]\s*\d+\s*[-–—]|\d+\s*/\s*\d+|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|(?:page|p\.)\s*\d+(?:\s*of\s*\d+)?|\d{1,4}|[ivxlc]{1,6})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
