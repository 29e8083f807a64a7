namespace LmecKnowledgeSearch.Search.Glossary;

/// <summary>
/// One concept of the bilingual glossary. Term lists keep the file's order: the first term of a language is its preferred
/// term. <see cref="Broader"/> and <see cref="Narrower"/> hold concept ids (narrower links are derived from broader ones).
/// </summary>
public sealed record Concept(
    string Id,
    IReadOnlyList<string> ChineseTerms,
    IReadOnlyList<string> EnglishTerms,
    IReadOnlyList<string> Acronyms,
    IReadOnlyList<string> Broader,
    IReadOnlyList<string> Narrower,
    string Domain)
{
    public string PreferredChinese => ChineseTerms[0];

    public string PreferredEnglish => EnglishTerms[0];
}
