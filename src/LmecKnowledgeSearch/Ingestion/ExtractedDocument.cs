namespace LmecKnowledgeSearch.Ingestion;

/// <summary>What a block of extracted text is, so later stages can keep headings as structure.</summary>
public enum BlockKind
{
    Title,
    Heading,
    Paragraph,
    ListItem,
    TableCell,
}

/// <summary>One block of a document in reading order. <paramref name="Level"/> is the heading depth (1 = top) for headings.</summary>
public sealed record TextBlock(BlockKind Kind, string Text, int Level = 0, int? Page = null);

/// <summary>Metadata a file states about itself (front matter, PDF info, DOCX core properties, HTML meta).</summary>
public sealed record DocumentProperties
{
    public static DocumentProperties None { get; } = new();

    public string? Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public DateOnly? Date { get; init; }
    /// <summary>BCP-47-ish language the file declares ("zh", "en"), when it declares one.</summary>
    public string? Language { get; init; }
    public int? PageCount { get; init; }
    /// <summary>For plain text: the encoding that was detected (e.g. "utf-8", "gb18030", "utf-16le").</summary>
    public string? Encoding { get; init; }
}

/// <summary>The text and structure a reader got out of one file.</summary>
public sealed record ExtractedDocument(IReadOnlyList<TextBlock> Blocks, DocumentProperties Properties)
{
    /// <summary>All block text joined by blank lines; the offsets later stages use refer to this string.</summary>
    public string Text { get; } = string.Join("\n\n", Blocks.Select(b => b.Text));
}
