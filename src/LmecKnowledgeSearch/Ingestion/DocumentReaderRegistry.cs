namespace LmecKnowledgeSearch.Ingestion;

/// <summary>Chooses the reader for a file by its extension.</summary>
public sealed class DocumentReaderRegistry
{
    private readonly Dictionary<string, IDocumentReader> byExtension = new(StringComparer.OrdinalIgnoreCase);

    public DocumentReaderRegistry(IEnumerable<IDocumentReader> readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        foreach (var reader in readers)
        {
            foreach (var extension in reader.Extensions)
            {
                byExtension[extension] = reader;
            }
        }
    }

    public static DocumentReaderRegistry CreateDefault() => new([new Text.PlainTextReader(), new Markdown.MarkdownReader(), new Html.HtmlReader(), new Docx.DocxReader(), new Pdf.PdfReader()]);

    public IReadOnlyCollection<string> SupportedExtensions => byExtension.Keys;

    public bool Supports(string path) => byExtension.ContainsKey(Path.GetExtension(path));

    public async Task<ReadResult> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!byExtension.TryGetValue(Path.GetExtension(path), out var reader))
        {
            return ReadResult.Fail(ReadFailureKind.Unsupported, $"no reader for '{Path.GetExtension(path)}' files");
        }

        return await reader.ReadAsync(path, cancellationToken).ConfigureAwait(false);
    }
}
