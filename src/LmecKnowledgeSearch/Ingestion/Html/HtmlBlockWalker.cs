using System.Text;
using AngleSharp.Dom;
using LmecKnowledgeSearch.Ingestion.Text;

namespace LmecKnowledgeSearch.Ingestion.Html;

/// <summary>Turns a DOM subtree into text blocks in document order, with an explicit stack so nesting depth cannot overflow.</summary>
internal sealed class HtmlBlockWalker(bool dropPageFurniture)
{
    private static readonly HashSet<string> NeverText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "svg", "math", "iframe", "object", "canvas", "select", "button", "head",
    };

    // Outside <main>/<article> these are site chrome; inside an article a <header> usually holds its headline.
    private static readonly HashSet<string> PageFurniture = new(StringComparer.OrdinalIgnoreCase) { "header", "footer" };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "aside", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead",
        "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer",
        "address", "form", "fieldset", "details", "summary", "hr", "body", "html",
    };

    public IReadOnlyList<TextBlock> Walk(INode root, CancellationToken cancellationToken)
    {
        var blocks = new List<TextBlock>();
        var buffer = new StringBuilder();
        var contexts = new Stack<(BlockKind Kind, int Level)>();
        contexts.Push((BlockKind.Paragraph, 0));
        var preDepth = 0;

        // A null node marks leaving the block element pushed just before it.
        var pending = new Stack<(INode? Node, IElement? Leaving)>();
        pending.Push((root, null));
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (node, leaving) = pending.Pop();
            if (leaving is not null)
            {
                Flush();
                contexts.Pop();
                if (leaving.LocalName == "pre")
                {
                    preDepth--;
                }

                continue;
            }

            switch (node)
            {
                case IText text:
                    AppendText(buffer, text.Data, preDepth > 0);
                    break;
                case IElement element when Skip(element):
                    break;
                case IElement { LocalName: "br" }:
                    buffer.Append('\n');
                    break;
                case IElement element when BlockElements.Contains(element.LocalName):
                    Flush();
                    contexts.Push(ContextOf(element, contexts.Peek()));
                    if (element.LocalName == "pre")
                    {
                        preDepth++;
                    }

                    pending.Push((null, element));
                    PushChildren(pending, element);
                    break;
                case IElement element:
                    PushChildren(pending, element);
                    break;
                case IDocument document:
                    PushChildren(pending, document);
                    break;
            }
        }

        Flush();
        return blocks;

        void Flush()
        {
            var clean = BlockText.Clean(buffer.ToString());
            buffer.Clear();
            if (clean.Length > 0)
            {
                var (kind, level) = contexts.Peek();
                blocks.Add(new TextBlock(kind, kind == BlockKind.Heading ? BlockText.CollapseSpaces(clean) : clean, level));
            }
        }
    }

    private bool Skip(IElement element) =>
        NeverText.Contains(element.LocalName)
        || (dropPageFurniture && PageFurniture.Contains(element.LocalName))
        || element.HasAttribute("hidden")
        || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
        || string.Equals(element.GetAttribute("role"), "navigation", StringComparison.OrdinalIgnoreCase);

    private static (BlockKind Kind, int Level) ContextOf(IElement element, (BlockKind Kind, int Level) outer) => element.LocalName switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => (BlockKind.Heading, element.LocalName[1] - '0'),
        "li" or "dt" or "dd" => (BlockKind.ListItem, 0),
        "td" or "th" or "caption" => (BlockKind.TableCell, 0),
        _ => outer,
    };

    private static void PushChildren(Stack<(INode?, IElement?)> pending, INode parent)
    {
        var children = parent.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            pending.Push((children[i], null));
        }
    }

    /// <summary>HTML whitespace collapses to one space, except a wrapped line between two CJK characters, which vanishes.</summary>
    private static void AppendText(StringBuilder buffer, string data, bool preformatted)
    {
        if (preformatted)
        {
            buffer.Append(data);
            return;
        }

        var i = 0;
        while (i < data.Length)
        {
            if (!char.IsWhiteSpace(data[i]))
            {
                buffer.Append(data[i++]);
                continue;
            }

            var start = i;
            var sawNewline = false;
            while (i < data.Length && char.IsWhiteSpace(data[i]))
            {
                sawNewline |= data[i] is '\n' or '\r';
                i++;
            }

            var before = start > 0 ? data[start - 1] : buffer.Length > 0 ? buffer[^1] : ' ';
            var after = i < data.Length ? data[i] : ' ';
            if (!(sawNewline && HanCharacters.IsCjkScript(before) && HanCharacters.IsCjkScript(after)))
            {
                buffer.Append(' ');
            }
        }
    }
}
