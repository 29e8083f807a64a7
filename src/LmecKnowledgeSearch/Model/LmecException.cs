namespace LmecKnowledgeSearch.Model;

/// <summary>What went wrong, so hosts can map it (CLI exit code, HTTP status) without parsing messages.</summary>
public enum LmecErrorKind
{
    /// <summary>The user's input is invalid: a malformed query, an unknown option value.</summary>
    InvalidInput,
    /// <summary>No index exists where one was expected.</summary>
    IndexMissing,
    /// <summary>Another process holds the index's write lock.</summary>
    IndexBusy,
    /// <summary>A unit or document id that is not in the index.</summary>
    NotFound,
}

/// <summary>The product's one exception type: an expected failure with a message fit to show a user.</summary>
public sealed class LmecException : Exception
{
    public LmecException(LmecErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    public LmecErrorKind Kind { get; }
}
