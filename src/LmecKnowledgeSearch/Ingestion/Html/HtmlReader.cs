using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LmecKnowledgeSearch.Ingestion.Text;

namespace LmecKnowledgeSearch.Ingestion.Html;

/// <summary>Reads the main text of an HTML page: navigation, scripts and page furniture are dropped, headings kept as structure.</summary>
public sealed partial class HtmlReader : DecodedTextReader
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    public HtmlReader(long maxBytes = DefaultMaxBytes)
        : base(maxBytes)
    {
    }

    public override IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    protected override string FormatName => "HTML";

    protected override string EmptyReason => "no text in HTML body";

    protected override DetectedText Decode(byte[] bytes) => Detector.Decode(bytes, DeclaredCharset(bytes));

    protected override string? Rejects(string text) => BinaryContent.Describe(text);

    protected override ExtractedDocument? Parse(string text, CancellationToken cancellationToken) => Read(text, cancellationToken);

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
