using System.Text;
using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Ingestion.Text;
using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;

namespace LmecKnowledgeSearch.Ingestion.Markdown;

/// <summary>Reads Markdown (CommonMark plus pipe tables, maths and YAML front matter) into blocks with inline markup stripped.</summary>
public sealed partial class MarkdownReader : DecodedTextReader
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseGridTables()
        .UseMathematics()
        .UseEmphasisExtras()
        .UseFootnotes()
        .Build();

    public MarkdownReader(long maxBytes = DefaultMaxBytes)
        : base(maxBytes)
    {
    }

    public override IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    protected override string FormatName => "Markdown";

    protected override string EmptyReason => "no text in Markdown file";

    protected override ExtractedDocument? Parse(string text, CancellationToken cancellationToken) => Read(text, cancellationToken);

    /// <summary>Parses Markdown text; null when it holds no text at all.</summary>
    public ExtractedDocument? Read(string markdown, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(BlockText.NormaliseLineEndings(markdown), pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig bounds nesting itself (quotes in quotes, brackets in brackets, a list of 5,000 levels) and gives
            // up on the whole file; as with HTML nested past HtmlNesting.MaxParsedDepth, its text is still worth reading.
            return ReadFlat(markdown);
        }

        var blocks = new List<TextBlock>();
        var properties = DocumentProperties.None;

        // Explicit stack: nesting depth (quotes in lists in quotes...) is set by the input, not by us.
        var pending = new Stack<(Block Block, BlockKind Context)>();
        PushChildren(pending, document, BlockKind.Paragraph);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (block, context) = pending.Pop();
            switch (block)
            {
                case YamlFrontMatterBlock frontMatter:
                    var parsed = FrontMatter.Parse(frontMatter.Lines.Lines.Take(frontMatter.Lines.Count).Select(l => l.Slice.ToString()));
                    properties = PropertiesOf(parsed);
                    foreach (var prose in parsed.Prose())
                    {
                        Add(blocks, BlockKind.Paragraph, prose);
                    }

                    break;
                case HeadingBlock heading:
                    Add(blocks, BlockKind.Heading, InlineText(heading.Inline), heading.Level);
                    break;
                case MdTable table:
                    foreach (var row in table.OfType<TableRow>())
                    {
                        foreach (var cell in row.OfType<MdTableCell>())
                        {
                            Add(blocks, BlockKind.TableCell, string.Join(" ", cell.OfType<LeafBlock>().Select(LeafText)));
                        }
                    }

                    break;
                case ListItemBlock item:
                    PushChildren(pending, item, BlockKind.ListItem);
                    break;
                case ContainerBlock container:
                    PushChildren(pending, container, context);
                    break;
                case MathBlock math:
                    Add(blocks, context, LinesText(math));
                    break;
                case HtmlBlock html:
                    Add(blocks, context, HtmlTag().Replace(LinesText(html), " "));
                    break;
                case LeafBlock leaf and not ThematicBreakBlock and not LinkReferenceDefinition:
                    Add(blocks, context, LeafText(leaf));
                    break;
            }
        }

        if (blocks.Count == 0)
        {
            return null;
        }

        if (properties.Title is null && blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading && b.Level == 1) is { } firstHeading)
        {
            properties = properties with { Title = firstHeading.Text };
        }

        return new ExtractedDocument(blocks, properties);
    }

    private static void PushChildren(Stack<(Block, BlockKind)> pending, ContainerBlock container, BlockKind context)
    {
        for (var i = container.Count - 1; i >= 0; i--)
        {
            pending.Push((container[i], context));
        }
    }

    private static void Add(List<TextBlock> blocks, BlockKind kind, string text, int level = 0)
    {
        var clean = BlockText.Clean(text);
        if (clean.Length > 0)
        {
            blocks.Add(new TextBlock(kind, clean, level));
        }
    }

    private static string LeafText(LeafBlock leaf) => leaf.Inline is { } inline ? InlineText(inline) : LinesText(leaf);

    private static string LinesText(LeafBlock leaf) =>
        string.Join("\n", leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.Slice.ToString()));

    /// <summary>Inline text without markup: link text stays, images go, code and maths stay verbatim.</summary>
    private static string InlineText(ContainerInline? root)
    {
        if (root is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        var pending = new Stack<Inline>();
        PushInlineChildren(pending, root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case LinkInline { IsImage: true }:
                    break;
                case MathInline math:
                    builder.Append(math.Content.ToString());
                    break;
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.ToString());
                    break;
                case LineBreakInline lineBreak:
                    // Soft breaks are wrapping only; hard breaks survive as a line separator that Clean turns into '\n'.
                    builder.Append(lineBreak.IsHard ? '\u2028' : '\n');
                    break;
                case ContainerInline container:
                    PushInlineChildren(pending, container);
                    break;
            }
        }

        return WrappedLineJoiner.Join(builder.ToString().Split('\n'), joinHyphenatedWords: false);
    }

    /// <summary>The document properties front matter declares: title, authors, date, language.</summary>
    private static DocumentProperties PropertiesOf(FrontMatter frontMatter)
    {
        var authors = frontMatter.All("author", "authors", "creator")
            .SelectMany(a => AuthorSeparator().Split(a))
            .Select(a => a.Trim())
            .Where(a => a.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new DocumentProperties
        {
            Title = frontMatter.First("title"),
            Authors = authors,
            Date = BlockText.ParseDeclaredDate(frontMatter.First("date", "published", "created")),
            Language = frontMatter.First("language", "lang", "locale"),
        };
    }

    private static void PushInlineChildren(Stack<Inline> pending, ContainerInline container)
    {
        var children = new List<Inline>();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            children.Add(child);
        }

        for (var i = children.Count - 1; i >= 0; i--)
        {
            pending.Push(children[i]);
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex HtmlTag();

    /// <summary>The text of a file Markdig would not parse, as plain paragraphs.</summary>
    private static ExtractedDocument? ReadFlat(string markdown)
    {
        var blocks = PlainTextReader.SplitParagraphs(markdown)
            .Select(p => new TextBlock(BlockKind.Paragraph, BlockText.Clean(p)))
            .Where(b => b.Text.Length > 0)
            .ToList();
        return blocks.Count == 0 ? null : new ExtractedDocument(blocks, DocumentProperties.None);
    }
    [GeneratedRegex(@"\s*(?:[,;、，；]|\band\b|&)\s*")]
    private static partial Regex AuthorSeparator();
}
