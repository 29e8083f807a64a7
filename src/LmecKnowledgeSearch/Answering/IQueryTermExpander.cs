namespace LmecKnowledgeSearch.Answering;

/// <summary>
/// Maps a term or phrase of the question to its equivalents in the other language (a glossary), so an English
/// question can meet Chinese passages and the reverse. Called with single words and with multi-word runs.
/// </summary>
public interface IQueryTermExpander
{
    /// <summary>Other-language equivalents of <paramref name="term"/>; empty when unknown.</summary>
    IReadOnlyList<string> Expand(string term);
}

/// <summary>Adapts a plain function (e.g. a glossary lookup) to <see cref="IQueryTermExpander"/>.</summary>
public sealed class FuncQueryTermExpander(Func<string, IReadOnlyList<string>> expand) : IQueryTermExpander
{
    private readonly Func<string, IReadOnlyList<string>> expand = expand ?? throw new ArgumentNullException(nameof(expand));

    public IReadOnlyList<string> Expand(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return expand(term);
    }
}
