namespace LmecKnowledgeSearch.Ingestion.Pdf;

/// <summary>
/// Tells headings from body text by size: the body size is the one most characters are set in; a short paragraph set
/// clearly larger is a heading, and larger sizes rank as higher levels.
/// </summary>
public sealed class PdfHeadingClassifier
{
    private const double HeadingScale = 1.15;
    private const int MaxHeadingLength = 120;
    private const int MaxTitleLength = 120;
    private const int MaxHeadingLines = 3;
    private const int MaxLevel = 6;

    private readonly double bodySize;
    private readonly List<double> headingSizes;

    public PdfHeadingClassifier(IEnumerable<PdfParagraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var all = paragraphs.ToList();
        bodySize = all.GroupBy(p => p.FontSize).OrderByDescending(g => g.Sum(p => p.Text.Length)).Select(g => g.Key).FirstOrDefault();
        headingSizes = all.Where(IsHeading).Select(p => p.FontSize).Distinct().OrderDescending().ToList();
    }

    /// <summary>1 for the largest heading size, 2 for the next, ...; 0 for body text.</summary>
    public int LevelOf(PdfParagraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return IsHeading(paragraph) ? Math.Min(headingSizes.IndexOf(paragraph.FontSize) + 1, MaxLevel) : 0;
    }

    /// <summary>The top-level heading of the first page, when there is one: the usual place of a report's title.</summary>
    public string? TitleOf(IReadOnlyList<TextBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var firstPage = blocks.Where(b => b.Page == 1).ToList();
        var top = firstPage.Where(b => b.Kind == BlockKind.Heading).OrderBy(b => b.Level).FirstOrDefault();
        if (top is null)
        {
            return null;
        }

        // A title set in large type often wraps onto a second line that the layout makes a block of its own
        // ("刚察县非物质文化遗产传承与保护的" / "历史、现状和未来"): the heading blocks of the same size right after it belong to it.
        var title = top.Text.Trim();
        for (var i = firstPage.IndexOf(top) + 1; i < firstPage.Count; i++)
        {
            var next = firstPage[i];
            if (next.Kind != BlockKind.Heading || next.Level != top.Level || title.Length + next.Text.Length > MaxTitleLength)
            {
                break;
            }

            title = JoinWrapped(title, next.Text.Trim());
        }

        return title;
    }

    /// <summary>Chinese lines join without a space; anything else (English words, a colon before a subtitle) with one.</summary>
    internal static string JoinWrapped(string first, string second) =>
        IsWide(first[^1]) && IsWide(second[0]) ? first + second : first + " " + second;

    private static bool IsWide(char c) => c >= '\u2E80';

    private bool IsHeading(PdfParagraph paragraph) =>
        bodySize > 0
        && paragraph.FontSize >= bodySize * HeadingScale
        && paragraph.LineCount <= MaxHeadingLines
        && paragraph.Text.Length <= MaxHeadingLength
        && paragraph.Text.Any(char.IsLetter);
}
