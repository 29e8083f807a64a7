namespace LmecKnowledgeSearch.Enrichment.Places;

/// <summary>A place found in text with what the gazetteer knows of it; <see cref="PlaceId"/> is null for places recognised only by their form (…县, …自然保护区).</summary>
public sealed record PlaceMention(EntityMention Mention, PlaceKind Kind, string? PlaceId);
