namespace LmecKnowledgeSearch.Ingestion.Text;

/// <summary>
/// A reader of a text-based format (plain text, HTML, Markdown): loads the file within its size limit, detects its encoding, parses the
/// text and records the encoding found. A parse that throws is a corrupt file, reported with the format's name.
/// </summary>
public abstract class DecodedTextReader : IDocumentReader
{
    private readonly long maxBytes;

    protected DecodedTextReader(long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        this.maxBytes = maxBytes;
    }

    public abstract IReadOnlyCollection<string> Extensions { get; }

    /// <summary>The format as failure reasons name it ("HTML", "Markdown").</summary>
    protected abstract string FormatName { get; }

    /// <summary>Why a file that holds no text at all is empty (the encoding found is added after it).</summary>
    protected abstract string EmptyReason { get; }

    protected TextEncodingDetector Detector { get; } = new();

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
            var decoded = Decode(file.Bytes);
            if (Rejects(decoded.Text) is { } reason)
            {
                return ReadResult.Fail(ReadFailureKind.Corrupt, reason);
            }

            return Parse(decoded.Text, cancellationToken) is { } document
                ? new ReadResult.Success(document with { Properties = document.Properties with { Encoding = decoded.EncodingName } })
                : ReadResult.Fail(ReadFailureKind.Empty, $"{EmptyReason} ({decoded.EncodingName})");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ReadResult.Fail(ReadFailureKind.Corrupt, $"cannot parse {FormatName}: {e.GetType().Name}: {e.Message}");
        }
    }

    protected virtual DetectedText Decode(byte[] bytes) => Detector.Decode(bytes);

    /// <summary>Why decoded text cannot be this format at all (binary content), or null.</summary>
    protected virtual string? Rejects(string text) => null;

    /// <summary>The document in <paramref name="text"/>, or null when it holds no text.</summary>
    protected abstract ExtractedDocument? Parse(string text, CancellationToken cancellationToken);
}
