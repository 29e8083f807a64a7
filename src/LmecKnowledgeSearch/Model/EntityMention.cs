namespace LmecKnowledgeSearch.Model;

/// <summary>An organisation or place found in text. <paramref name="Name"/> is the canonical display name (Chinese where known).</summary>
public sealed record EntityMention(string Name, string Surface, int Start, int Length, string? Country = null);
