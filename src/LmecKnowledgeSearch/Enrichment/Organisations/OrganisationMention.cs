namespace LmecKnowledgeSearch.Enrichment.Organisations;

/// <summary>An organisation found in text; <see cref="OrganisationId"/> and <see cref="Type"/> are null when it was recognised only by its form (…研究院, … Institute).</summary>
public sealed record OrganisationMention(EntityMention Mention, OrganisationType? Type, string? OrganisationId);
