namespace LmecKnowledgeSearch.Enrichment.Places;

/// <summary>What sort of place a gazetteer row is; TSV spelling is the snake_case of the member name.</summary>
public enum PlaceKind
{
    Country,
    Province,
    State,
    Prefecture,
    City,
    County,
    District,
    River,
    Lake,
    ProtectedArea,
    Region,
    Mountain,
}
