namespace LmecKnowledgeSearch.Search.Snippets;

/// <summary>The query's terms as each analyzer indexes them: word-field terms and bigram-field terms.</summary>
public sealed record HighlightTerms(IReadOnlySet<string> WordTerms, IReadOnlySet<string> BigramTerms)
{
    public static HighlightTerms None { get; } = new(new HashSet<string>(), new HashSet<string>());

    public bool IsEmpty => WordTerms.Count == 0 && BigramTerms.Count == 0;
}
