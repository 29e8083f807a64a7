using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Ingestion.Pdf;

/// <summary>What a PDF says about its own title: its metadata, its first page and the name it was saved under.</summary>
/// <param name="MetadataTitle">The document information title, as written by the producing program.</param>
/// <param name="HeadingTitle">The first page's top-level heading, wrapped lines joined.</param>
/// <param name="FirstPage">The first page's paragraphs in reading order, running headers included.</param>
/// <param name="FirstPageHeader">The running header at the top of the first page, when it has one.</param>
/// <param name="OpeningParagraphs">The paragraphs of the first pages, to check that a metadata title is set in the document.</param>
/// <param name="FileName">The file's name.</param>
public sealed record PdfTitleEvidence(
    string? MetadataTitle,
    string? HeadingTitle,
    IReadOnlyList<string> FirstPage,
    string? FirstPageHeader,
    IReadOnlyList<string> OpeningParagraphs,
    string FileName);

/// <summary>
/// Picks a PDF's title. Metadata titles are often not titles at all: the name of the Word file it was exported from
/// ("150813 GRP_ARC_Problem_Statement"), or a template's title shared by every report made from it. So, in order:
/// a first-page line the file was evidently named after; a metadata title the document's own opening confirms; a
/// running header that names the document; the first page's top heading; a metadata title that is not a file name.
/// </summary>
public static partial class PdfTitleChooser
{
    private const int MaxTitleLength = 120;

    // Share of the file name's words (Chinese: character pairs) a line must contain to be what the file was named after,
    // and share of a metadata title's the opening pages must contain to confirm it.
    private const double FileNameMatch = 0.7;
    private const double MetadataConfirmed = 0.7;

    public static string? Choose(PdfTitleEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var metadata = CleanMetadataTitle(evidence.MetadataTitle);
        return LineNamedLikeTheFile(evidence)
            ?? (metadata is not null && !LooksLikeFileName(metadata) && IsSetInDocument(metadata, evidence.OpeningParagraphs) ? metadata : null)
            ?? HeaderAsTitle(evidence.FirstPageHeader)
            ?? evidence.HeadingTitle
            ?? (metadata is not null && !LooksLikeFileName(metadata) ? metadata : null);
    }

    /// <summary>Word's PDF export titles documents "Microsoft Word - name.docx"; only the name is left.</summary>
    public static string? CleanMetadataTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var cleaned = OfficeTitlePrefix().Replace(title.Trim(), string.Empty);
        cleaned = OfficeFileSuffix().Replace(cleaned, string.Empty).Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static string? LineNamedLikeTheFile(PdfTitleEvidence evidence)
    {
        var stem = FileStem(evidence.FileName);
        if (TitleTokens.Of(stem).Count < 2)
        {
            return null;
        }

        // A title set over two lines may be two paragraphs: each line and each pair of lines is a candidate, and the
        // fullest match wins, the shortest of equals (a pair that adds a line the file name lacks loses to the line alone).
        // Chinese lines of one size may come as one paragraph ("“鸟岛与少年”生态调研报告1 青海湖周边不同生境植物群落分析2"):
        // its space-separated Chinese parts are candidates too.
        var lines = evidence.FirstPage.Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        var parts = lines.SelectMany(line => AfterFootnoteMark().Split(line)).Where(part => part.Count(TitleTokens.IsWide) >= 4);
        var candidates = lines.Concat(lines.Zip(lines.Skip(1), PdfHeadingClassifier.JoinWrapped)).Concat(parts);
        if (evidence.HeadingTitle is not null)
        {
            candidates = candidates.Append(evidence.HeadingTitle);
        }

        return candidates
            .Where(line => line.Length <= Math.Min(MaxTitleLength, (stem.Length * 2) + 10))
            .Select(line => (Line: FootnoteMark().Replace(line, string.Empty), Coverage: Coverage(stem, line)))
            .Where(c => c.Coverage >= FileNameMatch)
            .OrderByDescending(c => c.Coverage)
            .ThenBy(c => c.Line.Length)
            .Select(c => c.Line)
            .FirstOrDefault();
    }

    /// <summary>
    /// A running header that repeats words, not numbers, on every page is the document's name as its authors set it
    /// ("Women's Action towards Climate Resilience for Urban Poor in South Asia"); one with a volume or a date is a
    /// journal's or a series' header.
    /// </summary>
    private static string? HeaderAsTitle(string? header)
    {
        if (header is null)
        {
            return null;
        }

        var text = PageLabel().Replace(header, string.Empty).Trim();
        var tokens = TitleTokens.Of(text);
        var wordy = text.Count(TitleTokens.IsWide) >= 8 || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4;
        return text.Length <= MaxTitleLength && wordy && !text.Any(char.IsDigit) && tokens.Count > 0 ? text : null;
    }

    /// <summary>
    /// A metadata title that some opening paragraph spells out (give or take a word) is the document's; one that none
    /// does names something else, such as the file the PDF was exported from.
    /// </summary>
    private static bool IsSetInDocument(string title, IReadOnlyList<string> paragraphs) =>
        paragraphs.Any(p => p.Length <= (title.Length * 2) + 10 && Coverage(title, p) >= MetadataConfirmed);

    /// <summary>"2023_GRP_Source-Document.pdf" → "2023 GRP Source Document"; a trailing year ("…调研_2025") is a date, not title.</summary>
    private static string FileStem(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        stem = TrailingYear().Replace(stem, string.Empty);
        return stem.Replace('_', ' ').Replace('-', ' ').Trim();
    }

    private static bool LooksLikeFileName(string title) =>
        title.Contains('_', StringComparison.Ordinal) || (title.Length > 12 && !title.Contains(' ', StringComparison.Ordinal) && !title.Any(TitleTokens.IsWide));

    /// <summary>Share of <paramref name="title"/>'s tokens that <paramref name="text"/> contains.</summary>
    private static double Coverage(string title, string text)
    {
        var wanted = TitleTokens.Of(title);
        if (wanted.Count == 0)
        {
            return 0;
        }

        var present = TitleTokens.Of(text);
        return wanted.Count(present.Contains) / (double)wanted.Count;
    }

    [GeneratedRegex(@"^Microsoft (?:Word|PowerPoint|Excel) - ", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeTitlePrefix();

    [GeneratedRegex(@"\.(?:docx?|pptx?|xlsx?|rtf|odt)$", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeFileSuffix();

    [GeneratedRegex(@"[\s_-]*(?:19|20)\d{2}$")]
    private static partial Regex TrailingYear();

    /// <summary>A footnote mark after a Chinese title ("环青海湖鸟种多样性调研2").</summary>
    [GeneratedRegex(@"(?<=[\u2E80-\uFFEF])\d{1,2}$")]
    private static partial Regex FootnoteMark();

    [GeneratedRegex(@"(?<=[\u2E80-\uFFEF]\d{1,2})\s+")]
    private static partial Regex AfterFootnoteMark();

    [GeneratedRegex(@"(?:\bpage\s*\d+(?:\s*of\s*\d+)?|第\s*\d+\s*页)", RegexOptions.IgnoreCase)]
    private static partial Regex PageLabel();
}

/// <summary>Words of a title for comparing spellings of it: Latin words lower-cased, Chinese as character pairs.</summary>
internal static class TitleTokens
{
    public static bool IsWide(char c) => c >= '\u2E80' && char.IsLetter(c);

    public static HashSet<string> Of(string text)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < text.Length)
        {
            if (IsWide(text[i]))
            {
                var start = i;
                while (i < text.Length && IsWide(text[i]))
                {
                    i++;
                }

                if (i - start == 1)
                {
                    tokens.Add(text[start].ToString());
                }

                for (var j = start; j + 1 < i; j++)
                {
                    tokens.Add(text.Substring(j, 2));
                }
            }
            else if (char.IsLetterOrDigit(text[i]))
            {
                var start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i]) && !IsWide(text[i]))
                {
                    i++;
                }

                tokens.Add(text[start..i].ToLowerInvariant());
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }
}
