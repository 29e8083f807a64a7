using LmecKnowledgeSearch.Search.Glossary;

namespace LmecKnowledgeSearch.Answering;

/// <summary>
/// Gives the answerer a question term's equivalents in the other language from the glossary (the same glossary query
/// understanding uses), so "early warning" meets 预警 in a Chinese passage.
/// </summary>
public sealed class GlossaryTermExpander : IQueryTermExpander
{
    private const int MaxTerms = 8;

    private readonly GlossarySource glossary;

    public GlossaryTermExpander(GlossarySource glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        this.glossary = glossary;
    }

    public IReadOnlyList<string> Expand(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var expansions = glossary.Recognizer.Recognize(term);
        var whole = expansions.Where(e => e.Length >= term.Trim().Length).ToList();
        return whole
            .SelectMany(e => e.Terms)
            .Where(t => t.Kind is ExpansionKind.Translation or ExpansionKind.TranslationSynonym or ExpansionKind.Acronym)
            .Select(t => t.Text)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxTerms)
            .ToList();
    }
}
