namespace LmecKnowledgeSearch.Ingestion.Text;

/// <summary>Bytes decoded to text, with the name of the encoding that was used ("utf-8", "gb18030", "utf-16le", ...).</summary>
public sealed record DetectedText(string Text, string EncodingName);
