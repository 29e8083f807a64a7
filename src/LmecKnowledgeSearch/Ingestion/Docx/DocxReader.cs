using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LmecKnowledgeSearch.Ingestion.Text;
using RunText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace LmecKnowledgeSearch.Ingestion.Docx;

/// <summary>Reads Word .docx files: paragraphs and table cells in document order, heading styles as structure, core properties as metadata.</summary>
public sealed class DocxReader : IDocumentReader
{
    public const long DefaultMaxBytes = 100L * 1024 * 1024;

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    private readonly long maxBytes;
    private readonly ZipLimits limits;

    public DocxReader(long maxBytes = DefaultMaxBytes, ZipLimits? limits = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        this.maxBytes = maxBytes;
        this.limits = limits ?? ZipLimits.Default;
    }

    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public async Task<ReadResult> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = await DocumentFile.LoadAsync(path, maxBytes, cancellationToken).ConfigureAwait(false);
        if (file.Failure is { } failure)
        {
            return failure;
        }

        if (!file.Bytes.AsSpan().StartsWith(ZipSignature))
        {
            return ReadResult.Fail(ReadFailureKind.Corrupt, "not a DOCX (zip) package");
        }

        // A zip bomb (1.4 MB unpacking to 1 GB) is refused from its directory, before anything is inflated.
        if (limits.Check(file.Bytes) is { } refusal)
        {
            return refusal;
        }

        try
        {
            using var stream = new MemoryStream(file.Bytes, writable: false);
            using var package = WordprocessingDocument.Open(stream, isEditable: false);
            return Read(package, cancellationToken);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            return ReadResult.Fail(ReadFailureKind.Corrupt, $"corrupt DOCX package: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ReadResult.Fail(ReadFailureKind.Corrupt, $"cannot read DOCX: {e.GetType().Name}: {e.Message}");
        }
    }

    private static ReadResult Read(WordprocessingDocument package, CancellationToken cancellationToken)
    {
        var body = package.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return ReadResult.Fail(ReadFailureKind.Corrupt, "DOCX package has no document body");
        }

        var headings = new HeadingStyles(package.MainDocumentPart!.StyleDefinitionsPart?.Styles);
        var blocks = new List<TextBlock>();
        TableCell? openCell = null;
        var cellText = new List<string>();
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cell = paragraph.Ancestors<TableCell>().FirstOrDefault();
            if (!ReferenceEquals(cell, openCell))
            {
                CloseCell();
                openCell = cell;
            }

            var text = BlockText.Clean(ParagraphText(paragraph));
            if (text.Length == 0)
            {
                continue;
            }

            if (cell is not null)
            {
                cellText.Add(text);
                continue;
            }

            var level = headings.LevelOf(paragraph);
            var isList = paragraph.ParagraphProperties?.NumberingProperties is not null;
            blocks.Add(level switch
            {
                0 => new TextBlock(BlockKind.Title, text, 1),
                > 0 => new TextBlock(BlockKind.Heading, BlockText.CollapseSpaces(text), level),
                _ => new TextBlock(isList ? BlockKind.ListItem : BlockKind.Paragraph, text),
            });
        }

        CloseCell();
        if (blocks.Count == 0)
        {
            return ReadResult.Fail(ReadFailureKind.Empty, "DOCX has no text");
        }

        var core = package.PackageProperties;
        var properties = new DocumentProperties
        {
            Title = string.IsNullOrWhiteSpace(core.Title) ? blocks.FirstOrDefault(b => b.Kind == BlockKind.Title)?.Text : core.Title.Trim(),
            Authors = string.IsNullOrWhiteSpace(core.Creator) ? [] : [core.Creator.Trim()],
            Date = core.Created is { } created ? DateOnly.FromDateTime(created) : null,
            Language = string.IsNullOrWhiteSpace(core.Language) ? null : core.Language.Trim(),
        };
        return new ReadResult.Success(new ExtractedDocument(blocks, properties));

        void CloseCell()
        {
            if (cellText.Count > 0)
            {
                blocks.Add(new TextBlock(BlockKind.TableCell, string.Join('\n', cellText)));
                cellText.Clear();
            }
        }
    }

    /// <summary>Visible run text: tabs and breaks as whitespace; deleted revisions and field codes are not visible text.</summary>
    private static string ParagraphText(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case RunText text when text.Parent is Run:
                    builder.Append(text.Text);
                    break;
                case TabChar:
                    builder.Append('\t');
                    break;
                case Break or CarriageReturn:
                    builder.Append('\n');
                    break;
                case NoBreakHyphen:
                    builder.Append('-');
                    break;
            }
        }

        return builder.ToString();
    }
}
