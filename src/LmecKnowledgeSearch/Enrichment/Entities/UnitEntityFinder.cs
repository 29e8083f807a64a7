using LmecKnowledgeSearch.Enrichment.Organisations;
using LmecKnowledgeSearch.Enrichment.Places;

namespace LmecKnowledgeSearch.Enrichment.Entities;

/// <summary>
/// Finds what a unit's text names: organisations and places with the gazetteer and registry, and the countries they lie
/// in. A place also files the unit under its province or state, so filtering by 云南 finds text that only says 西双版纳.
/// Thread-safe: the recognisers are read-only after construction.
/// </summary>
public sealed class UnitEntityFinder
{
    private const int MaxAncestorSteps = 6;

    private readonly PlaceRecognizer places;
    private readonly OrganisationRecognizer organisations;

    public UnitEntityFinder(PlaceRecognizer places, OrganisationRecognizer organisations)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(organisations);
        this.places = places;
        this.organisations = organisations;
    }

    public PlaceRecognizer PlaceRecognizer => places;

    public OrganisationRecognizer OrganisationRecognizer => organisations;

    public static UnitEntityFinder CreateDefault()
    {
        var places = PlaceRecognizer.CreateDefault();
        return new UnitEntityFinder(places, new OrganisationRecognizer(OrganisationRegistry.LoadDefault(), places));
    }

    public UnitEntities Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return UnitEntities.None;
        }

        var placeNames = new List<string>();
        var countries = new List<string>();
        foreach (var place in places.FindPlaces(text))
        {
            if (place.Kind == PlaceKind.Country)
            {
                AddOnce(countries, place.Mention.Name);
                continue;
            }

            AddOnce(placeNames, place.Mention.Name);
            if (place.Mention.Country is { Length: > 0 } country)
            {
                AddOnce(countries, country);
            }

            foreach (var ancestor in AdministrativeAncestors(place.PlaceId))
            {
                AddOnce(placeNames, ancestor);
            }
        }

        var organisationNames = organisations.FindOrganisations(text).Select(o => o.Mention.Name).Distinct(StringComparer.Ordinal).ToList();
        return new UnitEntities(organisationNames, placeNames, countries);
    }

    /// <summary>
    /// The canonical name a user's filter value stands for ("WWF" → 世界自然基金会, "Yunnan" → 云南省), or null when the
    /// value is no known organisation or place.
    /// </summary>
    public string? CanonicalOrganisation(string value) =>
        organisations.FindOrganisations(value).FirstOrDefault(m => m.Mention.Length >= value.Trim().Length * 2 / 3)?.Mention.Name;

    public string? CanonicalPlace(string value) =>
        places.FindPlaces(value).FirstOrDefault(m => m.Mention.Length >= value.Trim().Length * 2 / 3)?.Mention.Name;

    private IEnumerable<string> AdministrativeAncestors(string? placeId)
    {
        var entry = placeId is null ? null : places.Gazetteer.FindById(placeId);
        for (var step = 0; step < MaxAncestorSteps && entry?.ParentId is { } parentId; step++)
        {
            entry = places.Gazetteer.FindById(parentId);
            if (entry is null || entry.Kind is PlaceKind.Country or PlaceKind.Region)
            {
                yield break;
            }

            if (entry.Kind is PlaceKind.Province or PlaceKind.State or PlaceKind.Prefecture)
            {
                yield return entry.Name;
            }
        }
    }

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.Ordinal))
        {
            list.Add(value);
        }
    }
}
