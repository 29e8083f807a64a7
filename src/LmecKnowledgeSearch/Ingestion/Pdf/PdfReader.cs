using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Ingestion.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace LmecKnowledgeSearch.Ingestion.Pdf;

/// <summary>Reads the text layer of PDF files in reading order, one block per paragraph with its page number.</summary>
public sealed partial class PdfReader : IDocumentReader
{
    public const long DefaultMaxBytes = 200L * 1024 * 1024;

    private static readonly byte[] PdfSignature = "%PDF"u8.ToArray();

    /// <summary>
    /// Pages read from one PDF: the longest reports of the archive have a few hundred; at PdfPig's 15-20 pages/s on this
    /// class of machine, 5,000 pages is already minutes of work for one file.
    /// </summary>
    public const int DefaultMaxPages = 5_000;

    /// <summary>
    /// Glyphs on one page: a dense A4 page of small print holds about 5,000; word and line grouping cost more than
    /// linearly in them, so a page of 100,000 is generated junk that would hold the reader for minutes.
    /// </summary>
    public const int DefaultMaxPageLetters = 100_000;

    private readonly long maxBytes;
    private readonly int maxPages;
    private readonly int maxPageLetters;
    private readonly PdfPageTextExtractor extractor = new();

    public PdfReader(long maxBytes = DefaultMaxBytes, int maxPages = DefaultMaxPages, int maxPageLetters = DefaultMaxPageLetters)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPages);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPageLetters);
        this.maxBytes = maxBytes;
        this.maxPages = maxPages;
        this.maxPageLetters = maxPageLetters;
    }

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public async Task<ReadResult> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = await DocumentFile.LoadAsync(path, maxBytes, cancellationToken).ConfigureAwait(false);
        if (file.Failure is { } failure)
        {
            return failure;
        }

        // The header may follow some junk bytes, but a file without it anywhere near the start is not a PDF.
        if (file.Bytes.AsSpan(0, Math.Min(file.Bytes.Length, 1024)).IndexOf(PdfSignature) < 0)
        {
            return ReadResult.Fail(ReadFailureKind.Corrupt, "truncated or corrupt PDF: no %PDF header");
        }

        try
        {
            return Read(file.Bytes, Path.GetFileName(path), cancellationToken);
        }
        catch (PdfDocumentEncryptedException)
        {
            return ReadResult.Fail(ReadFailureKind.Encrypted, "encrypted PDF (needs a password)");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // PdfPig reports damage through many exception types (parse, index, null reference): all mean a damaged file here.
            return ReadResult.Fail(ReadFailureKind.Corrupt, $"truncated or corrupt PDF: {e.GetType().Name}: {e.Message}");
        }
    }

    private ReadResult Read(byte[] bytes, string fileName, CancellationToken cancellationToken)
    {
        using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        if (document.NumberOfPages > maxPages)
        {
            return ReadResult.Fail(ReadFailureKind.TooLarge, $"{document.NumberOfPages:N0} pages, over the limit of {maxPages:N0}");
        }

        var pages = new List<IReadOnlyList<PdfParagraph>>(document.NumberOfPages);
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = document.GetPage(number);
            if (page.Letters.Count > maxPageLetters)
            {
                return ReadResult.Fail(ReadFailureKind.TooLarge, $"page {number} has {page.Letters.Count:N0} characters, over the limit of {maxPageLetters:N0} for one page");
            }

            pages.Add(extractor.ExtractParagraphs(page));
        }

        var headings = new PdfHeadingClassifier(pages.SelectMany(p => p));
        var blocks = new List<TextBlock>();
        var kept = PdfPageFurniture.Remove(pages);
        PdfParagraph? previous = null;
        for (var i = 0; i < kept.Count; i++)
        {
            for (var j = 0; j < kept[i].Count; j++)
            {
                var paragraph = kept[i][j];
                var clean = BlockText.Clean(paragraph.Text);
                if (clean.Length == 0)
                {
                    continue;
                }

                var level = headings.LevelOf(paragraph);
                if (j == 0 && level == 0 && previous is not null && PageBreakContinuation.Continues(previous, paragraph) && blocks[^1].Kind == BlockKind.Paragraph)
                {
                    // One paragraph split by the page break: keep it whole, on the page where it starts.
                    blocks[^1] = blocks[^1] with { Text = WrappedLineJoiner.Join([blocks[^1].Text, clean]) };
                }
                else
                {
                    blocks.Add(level > 0
                        ? new TextBlock(BlockKind.Heading, clean, level, Page: i + 1)
                        : new TextBlock(BlockKind.Paragraph, clean, Page: i + 1));
                }

                previous = paragraph;
            }
        }

        if (blocks.Count == 0)
        {
            return ReadResult.Fail(ReadFailureKind.Empty, $"no text layer (scanned?) in {document.NumberOfPages} page(s)");
        }

        var info = document.Information;
        var properties = new DocumentProperties
        {
            Title = PdfTitleChooser.Choose(new PdfTitleEvidence(
                info.Title,
                headings.TitleOf(blocks),
                pages[0].Select(p => BlockText.Clean(p.Text)).ToList(),
                FirstPageHeader(pages[0], kept[0]),
                blocks.Where(b => b.Page <= 2).Select(b => b.Text).ToList(),
                fileName)),
            Authors = string.IsNullOrWhiteSpace(info.Author) ? [] : [info.Author.Trim()],
            Date = info.GetCreatedDateTimeOffset() is { } created ? DateOnly.FromDateTime(created.DateTime) : DateFromPdfString(info.CreationDate),
            PageCount = document.NumberOfPages,
        };
        return new ReadResult.Success(new ExtractedDocument(blocks, properties));
    }

    /// <summary>The running header that opens the first page (over one or more lines), without page numbers.</summary>
    private static string? FirstPageHeader(IReadOnlyList<PdfParagraph> firstPage, IReadOnlyList<PdfParagraph> kept)
    {
        var header = firstPage
            .TakeWhile(p => !kept.Contains(p))
            .Select(p => BlockText.Clean(p.Text))
            .Where(text => text.Any(char.IsLetter))
            .ToList();
        return header.Count == 0 ? null : WrappedLineJoiner.Join(header);
    }

    /// <summary>PdfPig rejects dates with a malformed zone ("D:20221120134204Z'", as LibreOffice writes); the day is still good.</summary>
    private static DateOnly? DateFromPdfString(string? value)
    {
        var match = value is null ? Match.Empty : PdfDatePrefix().Match(value);
        return match.Success ? BlockText.ParseDeclaredDate($"{match.Groups[1].Value}-{match.Groups[2].Value}-{match.Groups[3].Value}") : null;
    }

    [GeneratedRegex(@"^(?:D:)?(\d{4})(\d{2})(\d{2})")]
    private static partial Regex PdfDatePrefix();
}
