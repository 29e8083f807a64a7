namespace LmecKnowledgeSearch.Ingestion.Text;

/// <summary>Reads .txt files of any common encoding into paragraph blocks (paragraphs are separated by blank lines).</summary>
public sealed class PlainTextReader : IDocumentReader
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    // A first line longer than this is prose, not a title.
    private const int MaxTitleLength = 80;

    private readonly long maxBytes;
    private readonly TextEncodingDetector detector = new();

    public PlainTextReader(long maxBytes = DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        this.maxBytes = maxBytes;
    }

    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

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
            var decoded = detector.Decode(file.Bytes);
            if (BinaryContent.Describe(decoded.Text) is { } binary)
            {
                return ReadResult.Fail(ReadFailureKind.Corrupt, binary);
            }

            var paragraphs = SplitParagraphs(decoded.Text);
            if (paragraphs.Count == 0)
            {
                return ReadResult.Fail(ReadFailureKind.Empty, $"no text (only whitespace, {decoded.EncodingName})");
            }

            var blocks = paragraphs.Select(p => new TextBlock(BlockKind.Paragraph, p)).ToList();
            var title = TitleFrom(paragraphs[0]);
            if (title is not null && paragraphs[0].IndexOf('\n', StringComparison.Ordinal) < 0)
            {
                blocks[0] = blocks[0] with { Kind = BlockKind.Title, Level = 1 };
            }

            return new ReadResult.Success(new ExtractedDocument(blocks, new DocumentProperties { Title = title, Encoding = decoded.EncodingName }));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ReadResult.Fail(ReadFailureKind.Corrupt, $"cannot decode text: {e.Message}");
        }
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
