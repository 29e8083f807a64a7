namespace LmecKnowledgeSearch.Enrichment.Metadata;

/// <summary>Document types users filter by.</summary>
public static class DocumentTypes
{
    public const string Briefing = "briefing";
    public const string Paper = "paper";
    public const string News = "news";
    public const string Report = "report";
    public const string Notes = "notes";
    public const string Other = "other";
}

/// <summary>An event a briefing reports on (a meeting, a dialogue).</summary>
public sealed record EventInfo(string? Name, DateOnly? Date, string? Place, int? Participants, string Text);

/// <summary>What the text of a document says about the document: the result of metadata extraction.</summary>
public sealed record DocumentMetadata
{
    public required string Title { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>"zh", "en" or "mixed".</summary>
    public required string Language { get; init; }
    public required string DocumentType { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Issuer { get; init; }
    /// <summary>As printed, e.g. "2022年 第11期".</summary>
    public string? IssueNumber { get; init; }
    public EventInfo? Event { get; init; }
}
