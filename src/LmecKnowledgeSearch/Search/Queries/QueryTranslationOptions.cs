namespace LmecKnowledgeSearch.Search.Queries;

/// <summary>
/// Which vocabularies translate a query into the other language: the curated glossary (wins where it knows a word) and
/// the broad CC-CEDICT dictionary beneath it. Switching the glossary off measures what generalises beyond the words it
/// was written for.
/// </summary>
public sealed record QueryTranslationOptions(bool CuratedGlossary = true, bool Dictionary = true);
