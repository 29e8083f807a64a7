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

    /// <summary>
    /// Furniture is a small part of a document's text; when the repeated paragraphs would take more than this share,
    /// the repeats are the document (a form or template filled in page after page) and only page numbers go.
    /// </summary>
    private const double MaxFurnitureShare = 0.5;

    /// <summary>Returns, per page, the paragraphs with furniture removed.</summary>
    public static IReadOnlyList<IReadOnlyList<PdfParagraph>> Remove(IReadOnlyList<IReadOnlyList<PdfParagraph>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);

        // A running header repeats word for word, or with a number that follows the page ("Page 3", "第 3 页"):
        // paragraphs that differ in other numbers ("Record 17: 4.2 mm") are content that shares a template.
        var pagesWithText = new Dictionary<string, int>(StringComparer.Ordinal);
        var pagesWithPageOffset = new Dictionary<(string Key, long Offset), int>();
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var edgeTexts = EdgeIndexes(page).Select(i => page[i].Text).ToList();
            foreach (var exact in edgeTexts.Select(Exact).Distinct(StringComparer.Ordinal))
            {
                pagesWithText[exact] = pagesWithText.GetValueOrDefault(exact) + 1;
            }

            foreach (var keyed in edgeTexts.SelectMany(text => Digits().Matches(text).Select(m => (Key(text), Offset: PageOffset(m.Value, p)))).Where(k => k.Offset is not null).Distinct())
            {
                var key = (keyed.Item1, keyed.Offset!.Value);
                pagesWithPageOffset[key] = pagesWithPageOffset.GetValueOrDefault(key) + 1;
            }
        }

        var repeatThreshold = Math.Max(3, (pages.Count + 1) / 2);
        var withRepeats = Strip(pages, (text, p) =>
            PageNumber().IsMatch(text)
            || pagesWithText.GetValueOrDefault(Exact(text)) >= repeatThreshold
            || Digits().Matches(text).Any(m => PageOffset(m.Value, p) is { } offset && pagesWithPageOffset.GetValueOrDefault((Key(text), offset)) >= repeatThreshold));
        var withoutPageNumbers = Strip(pages, (text, _) => PageNumber().IsMatch(text));
        var all = CharCount(withoutPageNumbers);
        return all - CharCount(withRepeats) <= all * MaxFurnitureShare ? withRepeats : withoutPageNumbers;
    }

    private static long CharCount(IEnumerable<IReadOnlyList<PdfParagraph>> pages) => pages.Sum(page => page.Sum(paragraph => (long)paragraph.Text.Length));

    private static List<IReadOnlyList<PdfParagraph>> Strip(IReadOnlyList<IReadOnlyList<PdfParagraph>> pages, Func<string, int, bool> isFurniture)
    {
        var result = new List<IReadOnlyList<PdfParagraph>>(pages.Count);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var edges = EdgeIndexes(page).ToHashSet();
            var pageIndex = p;
            result.Add(page.Where((paragraph, i) => !(edges.Contains(i) && paragraph.Text.Length <= MaxFurnitureLength && isFurniture(paragraph.Text, pageIndex))).ToList());
        }

        return result;
    }

    /// <summary>How far a number in the text is from the page's index: the same offset on many pages means a page number.</summary>
    private static long? PageOffset(string digits, int pageIndex) =>
        digits.Length <= 6 && long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number - pageIndex
            : null;

    private static string Exact(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

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
    private static string Key(string text) => Digits().Replace(Exact(text), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\s*(?:[-–—]\s*\d+\s*[-–—]|\d+\s*/\s*\d+|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|(?:page|p\.)\s*\d+(?:\s*of\s*\d+)?|\d{1,4}|[ivxlc]{1,6})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
