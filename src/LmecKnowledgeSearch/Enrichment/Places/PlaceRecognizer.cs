namespace LmecKnowledgeSearch.Enrichment.Places;

/// <summary>
/// Finds places of the Lancang-Mekong region (and the wider world Chinese documents name) in Chinese and English text:
/// gazetteer names by longest match, plus unknown places recognised by their administrative form.
/// </summary>
public sealed class PlaceRecognizer : IEntityRecognizer
{
    private const int DictionaryRank = 1;
    private const int FormRank = 0;

    private readonly NameMatcher<PlaceEntry> matcher = new();
    private readonly PlaceFormRecognizer forms = new();

    public PlaceRecognizer(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        Gazetteer = gazetteer;
        foreach (var entry in gazetteer.Entries)
        {
            foreach (var name in entry.AllNames())
            {
                matcher.Add(name, entry, AcronymForm.IsAcronym(name) ? NameMatchMode.Acronym : NameMatchMode.Name);
            }
        }
    }

    public Gazetteer Gazetteer { get; }

    public static PlaceRecognizer CreateDefault() => new(Gazetteer.LoadDefault());

    public IReadOnlyList<EntityMention> Find(string text) => FindPlaces(text).Select(p => p.Mention).ToList();

    public IReadOnlyList<PlaceMention> FindPlaces(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var known = FindKnown(text, out var blocked);
        var candidates = new List<CandidateSpan<PlaceMention?>>(known.Count);
        foreach (var hit in known)
        {
            candidates.Add(new CandidateSpan<PlaceMention?>(hit.Start, hit.Length, DictionaryRank, null));
        }

        var byStart = known.ToDictionary(h => h.Start);
        foreach (var blocker in blocked)
        {
            candidates.Add(new CandidateSpan<PlaceMention?>(blocker.Start, blocker.Length, DictionaryRank + 1, null));
            byStart[blocker.Start] = blocker;
        }

        foreach (var formHit in forms.Find(text, known))
        {
            candidates.Add(new CandidateSpan<PlaceMention?>(formHit.Mention.Start, formHit.Mention.Length, FormRank, formHit));
        }

        var result = new List<PlaceMention>();
        foreach (var chosen in SpanSelection.LongestNonOverlapping(candidates, text.Length))
        {
            if (chosen.Value is not null)
            {
                result.Add(chosen.Value);
                continue;
            }

            var entry = byStart[chosen.Start].Value;
            if (entry.Kind == PlaceKind.NotAPlace)
            {
                continue;
            }

            var mention = new EntityMention(entry.Name, text.Substring(chosen.Start, chosen.Length), chosen.Start, chosen.Length, entry.Country);
            result.Add(new PlaceMention(mention, entry.Kind, entry.Id));
        }

        return result;
    }

    /// <summary>Gazetteer hits only (longest at each start, overlapping), each stretched over a designation that follows it (暹粒+省, Phnom Kulen+国家公园).</summary>
    public List<NameMatch<PlaceEntry>> FindKnown(string text) => FindKnown(text, out _);

    private List<NameMatch<PlaceEntry>> FindKnown(string text, out List<NameMatch<PlaceEntry>> blocked)
    {
        ArgumentNullException.ThrowIfNull(text);
        var all = matcher.FindAll(text);
        var blockers = all.Where(h => h.Value.Kind == PlaceKind.NotAPlace).ToList();
        blocked = blockers;
        var hits = all
            .Where(h => h.Value.Kind != PlaceKind.NotAPlace && !InsideAny(h, blockers) && !LandformSideGuard.IsSideOfFeature(text, h.Start, h.Length))
            .ToList();
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            var extra = PlaceDesignations.TrailingDesignationLength(text, hit.End, hit.Value.Kind, text.AsSpan(hit.Start, hit.Length));
            if (extra > 0)
            {
                hits[i] = hit with { Length = hit.Length + extra };
            }
        }

        return hits;
    }

    private static bool InsideAny(NameMatch<PlaceEntry> hit, List<NameMatch<PlaceEntry>> blocked)
    {
        foreach (var blocker in blocked)
        {
            if (hit.Start >= blocker.Start && hit.End <= blocker.End)
            {
                return true;
            }
        }

        return false;
    }
}
