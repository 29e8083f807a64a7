using LmecKnowledgeSearch.Enrichment.Entities;

namespace LmecKnowledgeSearch.Search.Facets;

/// <summary>
/// Maps what a user types as a filter value to the values the index holds: organisations and places are indexed by
/// their canonical names, so <c>--org WWF</c> means 世界自然基金会 and <c>--place Yunnan</c> means 云南省. The typed value
/// is always kept as well, so an exact facet value clicked in the page still matches.
/// </summary>
public sealed class FilterValueResolver
{
    private readonly UnitEntityFinder? entities;

    /// <param name="entities">Null matches filter values exactly as typed.</param>
    public FilterValueResolver(UnitEntityFinder? entities)
    {
        this.entities = entities;
    }

    public IReadOnlyList<string> Resolve(string facet, string value)
    {
        ArgumentNullException.ThrowIfNull(facet);
        ArgumentNullException.ThrowIfNull(value);
        var typed = value.Trim();
        var canonical = entities is null ? null : facet switch
        {
            "org" => entities.CanonicalOrganisation(typed),
            "place" or "country" => entities.CanonicalPlace(typed),
            _ => null,
        };
        return canonical is null || canonical == typed ? [typed] : [typed, canonical];
    }
}
