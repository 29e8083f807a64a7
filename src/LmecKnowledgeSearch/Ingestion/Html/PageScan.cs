using AngleSharp.Dom;
using LmecKnowledgeSearch.Ingestion.Text;

namespace LmecKnowledgeSearch.Ingestion.Html;

/// <summary>
/// One iterative pass over the DOM to find the main-content element and the page's self-description (title, meta).
/// Iterative because a hostile or broken page can nest elements thousands deep, and recursion would overflow the stack.
/// </summary>
internal sealed class PageScan
{
    private static readonly HashSet<string> AuthorMetaNames = new(StringComparer.OrdinalIgnoreCase) { "author", "dc.creator", "citation_author", "article:author" };
    private static readonly HashSet<string> DateMetaNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "date", "dc.date", "dc.date.issued", "citation_publication_date", "citation_date", "article:published_time", "pubdate", "publishdate",
    };

    public IElement? Main { get; private set; }
    public List<INode> Articles { get; } = [];
    public string? Title { get; private set; }
    public List<string> Authors { get; } = [];
    public string? Date { get; private set; }
    public string? Language { get; private set; }

    public static PageScan Of(IDocument document, CancellationToken cancellationToken)
    {
        var scan = new PageScan { Language = NonEmpty(document.DocumentElement?.GetAttribute("lang")) };
        var pending = new Stack<(INode Node, bool InArticle)>();
        pending.Push((document, false));
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (node, inArticle) = pending.Pop();
            if (node is IElement element)
            {
                inArticle |= scan.Visit(element, inArticle);
            }

            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                pending.Push((node.ChildNodes[i], inArticle));
            }
        }

        return scan;
    }

    /// <summary>Returns true when the element is a top-level article (its descendants are then inside one).</summary>
    private bool Visit(IElement element, bool inArticle)
    {
        switch (element.LocalName)
        {
            case "main" when Main is null:
            case "div" when Main is null && string.Equals(element.GetAttribute("role"), "main", StringComparison.OrdinalIgnoreCase):
                Main = element;
                return false;
            case "article" when !inArticle:
                Articles.Add(element);
                return true;
            case "title" when Title is null && element.Closest("svg") is null:
                Title = NonEmpty(BlockText.CollapseSpaces(element.TextContent));
                return false;
            case "meta":
                ReadMeta(element);
                return false;
            default:
                return false;
        }
    }

    private void ReadMeta(IElement meta)
    {
        var name = meta.GetAttribute("name") ?? meta.GetAttribute("property") ?? meta.GetAttribute("itemprop");
        var content = NonEmpty(meta.GetAttribute("content"));
        if (name is null || content is null)
        {
            return;
        }

        if (AuthorMetaNames.Contains(name))
        {
            Authors.Add(content);
        }
        else if (DateMetaNames.Contains(name))
        {
            Date ??= content;
        }
        else if (name.Equals("og:title", StringComparison.OrdinalIgnoreCase) || name.Equals("dc.title", StringComparison.OrdinalIgnoreCase))
        {
            Title ??= content;
        }
        else if (name.Equals("language", StringComparison.OrdinalIgnoreCase) || name.Equals("dc.language", StringComparison.OrdinalIgnoreCase))
        {
            Language ??= content;
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
