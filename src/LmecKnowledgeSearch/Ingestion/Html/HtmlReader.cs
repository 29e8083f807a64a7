using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LmecKnowledgeSearch.Ingestion.Text;

namespace LmecKnowledgeSearch.Ingestion.Html;

/// <summary>Reads the main text of an HTML page: navigation, scripts and page furniture are dropped, headings kept as structure.</summary>
public sealed partial class HtmlReader : IDocumentReader
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    private readonly long maxBytes;
    private readonly TextEncodingDetector detector = new();

    public HtmlReader(long maxBytes = DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        this.maxBytes = maxBytes;
    }

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public async Task<ReadResult> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = await DocumentFile.LoadAsync(path, maxBytes, cancellationToken).ConfigureAwait(false);
        if (file.Failure is { } failure)
        {
            return failure;
        }

        try
        {
            var decoded = detector.Decode(file.Bytes, DeclaredCharset(file.Bytes));
            if (BinaryContent.Describe(decoded.Text) is { } binary)
            {
                return ReadResult.Fail(ReadFailureKind.Corrupt, binary);
            }

            return Read(decoded.Text, cancellationToken) is { } document
                ? new ReadResult.Success(document with { Properties = document.Properties with { Encoding = decoded.EncodingName } })
                : ReadResult.Fail(ReadFailureKind.Empty, "no text in HTML body");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ReadResult.Fail(ReadFailureKind.Corrupt, $"cannot parse HTML: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>Parses HTML text; null when the page has no main text.</summary>
    public ExtractedDocument? Read(string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (HtmlNesting.MaxDepth(html) > HtmlNesting.MaxParsedDepth)
        {
            // The DOM parser takes time quadratic in nesting depth (minutes at 100,000 levels): read the text without a tree.
            return HtmlNesting.ReadFlat(html);
        }

        var document = new HtmlParser().ParseDocument(html);
        var scan = PageScan.Of(document, cancellationToken);
        var root = scan.Main ?? (scan.Articles.Count > 0 ? null : (INode?)document.Body ?? document.DocumentElement);
        var roots = root is not null ? [root] : scan.Articles;
        var walker = new HtmlBlockWalker(dropPageFurniture: scan.Main is null && scan.Articles.Count == 0);
        var blocks = roots.SelectMany(r => walker.Walk(r, cancellationToken)).ToList();
        if (blocks.Count == 0)
        {
            return null;
        }

        var title = scan.Title ?? blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading && b.Level == 1)?.Text;
        return new ExtractedDocument(blocks, new DocumentProperties
        {
            Title = title,
            Authors = scan.Authors,
            Date = BlockText.ParseDeclaredDate(scan.Date),
            Language = scan.Language,
        });
    }

    private static string? DeclaredCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<charset>[\w\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
