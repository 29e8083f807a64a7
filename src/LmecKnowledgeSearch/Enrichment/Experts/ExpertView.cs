namespace LmecKnowledgeSearch.Enrichment.Experts;

/// <summary>One expert's view inside a briefing: who spoke, for whom, and what they said.</summary>
public sealed record ExpertView(string Speaker, string? Affiliation, string Statement, int Order);

/// <summary>Character range of the document text (<see cref="Ingestion.ExtractedDocument.Text"/>).</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>Briefing-level structure: the views, and the parts that are boilerplate (contact block, the centre's standard description).</summary>
public sealed record BriefingStructure(IReadOnlyList<ExpertView> ExpertViews, IReadOnlyList<TextRange> Boilerplate);
