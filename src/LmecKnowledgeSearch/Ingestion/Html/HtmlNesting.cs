using System.Net;
using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Ingestion.Text;

namespace LmecKnowledgeSearch.Ingestion.Html;

/// <summary>
/// Guards against pathologically nested markup (hostile or generated pages with thousands of open elements), which
/// AngleSharp parses in time quadratic in the depth, and reads such pages as tag-free text instead.
/// </summary>
internal static partial class HtmlNesting
{
    /// <summary>Real pages stay well under a few hundred levels; beyond this the page is not worth a DOM.</summary>
    public const int MaxParsedDepth = 1_000;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "!doctype",
    };

    /// <summary>How deep start tags nest, counted from the tag stream alone (end tags close one level each; void elements none).</summary>
    public static int MaxDepth(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        int depth = 0, max = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value;
            if (tag.Groups["end"].Success)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!VoidElements.Contains(name) && !tag.Value.EndsWith("/>", StringComparison.Ordinal))
            {
                max = Math.Max(max, ++depth);
            }
        }

        return max;
    }

    /// <summary>The page's text with scripts and styles dropped, block tags as paragraph breaks and entities decoded.</summary>
    public static ExtractedDocument? ReadFlat(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var withoutCode = ScriptOrStyle().Replace(html, " ");
        var title = TitleElement().Match(withoutCode) is { Success: true } t ? WebUtility.HtmlDecode(t.Groups["title"].Value).Trim() : null;
        withoutCode = TitleElement().Replace(withoutCode, " ");
        var flat = WebUtility.HtmlDecode(AnyTag().Replace(BlockTag().Replace(withoutCode, "\n\n"), string.Empty));
        var paragraphs = PlainTextReader.SplitParagraphs(flat);
        return paragraphs.Count == 0
            ? null
            : new ExtractedDocument(
                paragraphs.Select(p => new TextBlock(BlockKind.Paragraph, BlockText.Clean(p))).Where(b => b.Text.Length > 0).ToList(),
                new DocumentProperties { Title = string.IsNullOrEmpty(title) ? null : title });
    }

    [GeneratedRegex(@"<(?<end>/)?(?<name>!?[A-Za-z][\w:-]*)[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<title\b[^>]*>(?<title>.*?)</title\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleElement();

    [GeneratedRegex(@"</?(p|div|br|li|tr|td|th|h[1-6]|section|article|blockquote|pre|table|ul|ol|dl|dt|dd|header|footer|main)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();
}
