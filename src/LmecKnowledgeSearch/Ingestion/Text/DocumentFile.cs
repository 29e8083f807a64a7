namespace LmecKnowledgeSearch.Ingestion.Text;

/// <summary>The raw bytes of a file to be read, or the reason they cannot be had (missing, empty, over the size limit).</summary>
public readonly record struct DocumentFile(byte[] Bytes, ReadResult.Failure? Failure)
{
    public static async Task<DocumentFile> LoadAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return Failed(ReadFailureKind.Unreadable, $"file not found: {path}");
        }

        if (info.Length > maxBytes)
        {
            return Failed(ReadFailureKind.TooLarge, $"file is {info.Length:N0} bytes, over the {maxBytes:N0}-byte limit");
        }

        if (info.Length == 0)
        {
            return Failed(ReadFailureKind.Empty, "empty file");
        }

        try
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            return bytes.Length == 0 ? Failed(ReadFailureKind.Empty, "empty file") : new DocumentFile(bytes, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(ReadFailureKind.Unreadable, $"cannot read file: {e.Message}");
        }
    }

    private static DocumentFile Failed(ReadFailureKind kind, string reason) => new([], new ReadResult.Failure(kind, reason));
}
