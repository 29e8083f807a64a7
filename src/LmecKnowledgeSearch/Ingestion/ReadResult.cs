namespace LmecKnowledgeSearch.Ingestion;

/// <summary>Why a file could not be read. Expected failures are data, not exceptions.</summary>
public enum ReadFailureKind
{
    Unsupported,
    Empty,
    Corrupt,
    Encrypted,
    TooLarge,
    Unreadable,
}

public abstract record ReadResult
{
    private ReadResult()
    {
    }

    public sealed record Success(ExtractedDocument Document) : ReadResult;

    public sealed record Failure(ReadFailureKind Kind, string Reason) : ReadResult;

    public static ReadResult Fail(ReadFailureKind kind, string reason) => new Failure(kind, reason);
}
