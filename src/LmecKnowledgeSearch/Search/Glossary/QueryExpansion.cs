namespace LmecKnowledgeSearch.Search.Glossary;

/// <summary>Why a term was proposed; lets callers tune or explain expansions.</summary>
public enum ExpansionKind
{
    /// <summary>Preferred term of the concept in the other language than the matched text.</summary>
    Translation,
    /// <summary>A further term of the concept in the other language.</summary>
    TranslationSynonym,
    /// <summary>A further term of the concept in the language of the matched text.</summary>
    Synonym,
    /// <summary>An acronym of the concept (language-neutral).</summary>
    Acronym,
    /// <summary>Preferred term of a narrower concept.</summary>
    Narrower,
    /// <summary>Preferred term of a broader concept.</summary>
    Broader,
}

/// <summary>A term proposed to widen a query; <see cref="Language"/> is "zh" or "en"; the user's own words weigh 1.0.</summary>
public sealed record ExpansionTerm(string Text, string Language, double Weight, ExpansionKind Kind);

/// <summary>A glossary concept found in a query: the span of the query it covers and the terms it proposes.</summary>
public sealed record QueryExpansion(
    int Start,
    int Length,
    string Surface,
    Concept Concept,
    IReadOnlyList<ExpansionTerm> Terms);

/// <summary>Weights of proposed terms relative to the user's own words (1.0).</summary>
public sealed record ExpansionWeights(
    double Translation = 0.6,
    double TranslationSynonym = 0.5,
    double Synonym = 0.5,
    double Acronym = 0.5,
    double Narrower = 0.3,
    double Broader = 0.25,
    int MaxNarrowerConcepts = 6,
    int MaxTermsPerConcept = 16)
{
    public static ExpansionWeights Default { get; } = new();
}
