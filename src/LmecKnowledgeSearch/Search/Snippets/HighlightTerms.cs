namespace LmecKnowledgeSearch.Search.Snippets;

/// <summary>
/// What a snippet marks: the user's own query terms as each analyzer indexes them (word-field and bigram-field terms),
/// and whole phrases (the glossary's translations of the query's concepts) that are marked only where all their words
/// stand together, never word by word.
/// </summary>
public sealed record HighlightTerms(IReadOnlySet<string> WordTerms, IReadOnlySet<string> BigramTerms)
{
    public static HighlightTerms None { get; } = new(new HashSet<string>(), new HashSet<string>());

    public IReadOnlyList<string> Phrases { get; init; } = [];

    public bool IsEmpty => WordTerms.Count == 0 && BigramTerms.Count == 0 && Phrases.Count == 0;
}
