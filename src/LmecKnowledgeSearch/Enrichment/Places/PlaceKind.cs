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

    /// <summary>A word that contains a place name but is none (大理石, 普洱茶); it takes part in longest match and is never reported.</summary>
    NotAPlace,
}
