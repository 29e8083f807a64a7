namespace LmecKnowledgeSearch.Search.Facets;

/// <summary>
/// One matching unit: global doc id, score, date for sorting, and what collapsing needs: whether it stands alone
/// (expert view, case study) and the content signatures of the unit and of its document.
/// </summary>
public readonly record struct Match(int Doc, float Score, long Date, bool Standalone, long UnitSignature, long DocumentSignature, string Kind);
