namespace LmecKnowledgeSearch.Ingestion.Text;

/// <summary>Reads .txt files of any common encoding into paragraph blocks (paragraphs are separated by blank lines).</summary>
public sealed class PlainTextReader : DecodedTextReader
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    // A first line longer than this is prose, not a title.
    private const int MaxTitleLength = 80;

    public PlainTextReader(long maxBytes = DefaultMaxBytes)
        : base(maxBytes)
    {
    }

    public override IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    protected override string FormatName => "text";

    protected override string EmptyReason => "no text (only whitespace)";

    protected override string? Rejects(string text) => BinaryContent.Describe(text);

    protected override ExtractedDocument? Parse(string text, CancellationToken cancellationToken)
    {
        var paragraphs = SplitParagraphs(text);
        if (paragraphs.Count == 0)
        {
            return null;
        }

        var blocks = paragraphs.Select(p => new TextBlock(BlockKind.Paragraph, p)).ToList();
        var title = TitleFrom(paragraphs[0]);
        if (title is not null && paragraphs[0].IndexOf('\n', StringComparison.Ordinal) < 0)
        {
            blocks[0] = blocks[0] with { Kind = BlockKind.Title, Level = 1 };
        }

        return new ExtractedDocument(blocks, new DocumentProperties { Title = title });
    }

    /// <summary>Paragraphs are runs of non-blank lines; the lines inside one keep their breaks (a name above an affiliation is structure).</summary>
    public static IReadOnlyList<string> SplitParagraphs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var rawLine in BlockText.NormaliseLineEndings(text).Split('\n'))
        {
            var line = BlockText.CollapseSpaces(rawLine);
            if (line.Length > 0)
            {
                current.Add(line);
                continue;
            }

            Flush();
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Count > 0)
            {
                paragraphs.Add(string.Join('\n', current));
                current.Clear();
            }
        }
    }

    private static string? TitleFrom(string firstParagraph)
    {
        var firstLine = firstParagraph.Split('\n')[0];
        return firstLine.Length <= MaxTitleLength && !firstLine.EndsWith('。') && !firstLine.EndsWith('.') ? firstLine : null;
    }
}
