using LmecKnowledgeSearch.Ingestion.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace LmecKnowledgeSearch.Ingestion.Pdf;

/// <summary>Reads the text layer of PDF files in reading order, one block per paragraph with its page number.</summary>
public sealed class PdfReader : IDocumentReader
{
    public const long DefaultMaxBytes = 200L * 1024 * 1024;

    private static readonly byte[] PdfSignature = "%PDF"u8.ToArray();

    private readonly long maxBytes;
    private readonly PdfPageTextExtractor extractor = new();

    public PdfReader(long maxBytes = DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        this.maxBytes = maxBytes;
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
            return Read(file.Bytes, cancellationToken);
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

    private ReadResult Read(byte[] bytes, CancellationToken cancellationToken)
    {
        using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var blocks = new List<TextBlock>();
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = document.GetPage(number);
            foreach (var paragraph in extractor.ExtractParagraphs(page))
            {
                var clean = BlockText.Clean(paragraph);
                if (clean.Length > 0)
                {
                    blocks.Add(new TextBlock(BlockKind.Paragraph, clean, Page: number));
                }
            }
        }

        if (blocks.Count == 0)
        {
            return ReadResult.Fail(ReadFailureKind.Empty, $"no text layer (scanned?) in {document.NumberOfPages} page(s)");
        }

        var info = document.Information;
        var properties = new DocumentProperties
        {
            Title = string.IsNullOrWhiteSpace(info.Title) ? null : info.Title.Trim(),
            Authors = string.IsNullOrWhiteSpace(info.Author) ? [] : [info.Author.Trim()],
            Date = info.GetCreatedDateTimeOffset() is { } created ? DateOnly.FromDateTime(created.DateTime) : null,
            PageCount = document.NumberOfPages,
        };
        return new ReadResult.Success(new ExtractedDocument(blocks, properties));
    }
}
