using LmecKnowledgeSearch.Enrichment.Places;

namespace LmecKnowledgeSearch.Enrichment.Organisations;

/// <summary>
/// Finds organisations in Chinese and English text: registry names (Chinese exact, English case-insensitive on word
/// boundaries, acronyms case-sensitive whole words) by longest match, plus unknown organisations recognised by their
/// form (…研究院, …基金会, … Institute, Ministry of …).
/// </summary>
public sealed class OrganisationRecognizer : IEntityRecognizer
{
    private const int DictionaryRank = 2;
    private const int FormRank = 1;

    private readonly NameMatcher<KnownName> matcher = new();
    private readonly PlaceRecognizer places;

    public OrganisationRecognizer(OrganisationRegistry registry, PlaceRecognizer places)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(places);
        Registry = registry;
        this.places = places;
        foreach (var entry in registry.Entries)
        {
            foreach (var name in entry.ChineseNames.Concat(entry.EnglishNames))
            {
                var isAcronym = AcronymForm.IsAcronym(name);
                matcher.Add(name, new KnownName(entry, isAcronym, false), isAcronym ? NameMatchMode.Acronym : NameMatchMode.Name);
            }

            foreach (var acronym in entry.Acronyms)
            {
                matcher.Add(acronym.Text, new KnownName(entry, true, acronym.NeedsConfirmation), NameMatchMode.Acronym);
            }
        }
    }

    public OrganisationRegistry Registry { get; }

    public static OrganisationRecognizer CreateDefault() => new(OrganisationRegistry.LoadDefault(), PlaceRecognizer.CreateDefault());

    public IReadOnlyList<EntityMention> Find(string text) => FindOrganisations(text).Select(o => o.Mention).ToList();

    public IReadOnlyList<OrganisationMention> FindOrganisations(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var placeHits = places.FindKnown(text);
        var placeEndByStart = new Dictionary<int, int>();
        foreach (var hit in placeHits)
        {
            placeEndByStart.TryAdd(hit.Start, hit.End);
        }

        var known = KnownHits(text, placeEndByStart);
        var candidates = new List<CandidateSpan<OrganisationMention?>>();
        var knownByStart = new Dictionary<int, NameMatch<KnownName>>();
        foreach (var hit in known)
        {
            knownByStart[hit.Start] = hit;
            candidates.Add(new CandidateSpan<OrganisationMention?>(hit.Start, hit.Length, DictionaryRank, null));
        }

        foreach (var span in ChineseOrganisationForms.Find(text, placeHits, known))
        {
            if (SwallowsKnownName(span, known))
            {
                continue;
            }

            candidates.Add(new CandidateSpan<OrganisationMention?>(span.Start, span.Length, FormRank, FormMention(text, span, placeHits)));
        }

        foreach (var span in EnglishOrganisationForms.Find(text))
        {
            if (SwallowsKnownName(span, known) || TextFolding.IsInsideUrl(text, span.Start, span.End))
            {
                continue;
            }

            candidates.Add(new CandidateSpan<OrganisationMention?>(span.Start, span.Length, FormRank, FormMention(text, span, placeHits)));
        }

        var result = new List<OrganisationMention>();
        foreach (var chosen in SpanSelection.LongestNonOverlapping(candidates, text.Length))
        {
            if (chosen.Value is not null)
            {
                result.Add(chosen.Value);
                continue;
            }

            var entry = knownByStart[chosen.Start].Value.Entry;
            var mention = new EntityMention(entry.Name, text.Substring(chosen.Start, chosen.Length), chosen.Start, chosen.Length, entry.Country);
            result.Add(new OrganisationMention(mention, entry.Type, entry.Id));
        }

        return result;
    }

    private List<NameMatch<KnownName>> KnownHits(string text, IReadOnlyDictionary<int, int> placeEndByStart)
    {
        var hits = matcher.FindAll(text);
        var namedInFull = hits.Where(h => !h.Value.IsAcronym).Select(h => h.Value.Entry.Id).ToHashSet(StringComparer.Ordinal);
        var kept = new List<NameMatch<KnownName>>(hits.Count);
        foreach (var hit in hits)
        {
            if ((hit.Value.NeedsConfirmation && !namedInFull.Contains(hit.Value.Entry.Id)) || ChineseOrganisationForms.ContinuesAsWord(text, hit.End))
            {
                continue;
            }

            var extra = OfficeSuffix.ExtensionLength(text, hit.End, placeEndByStart);
            kept.Add(extra > 0 ? hit with { Length = hit.Length + extra } : hit);
        }

        return kept;
    }

    // A guessed name that contains a known one anywhere but at its start ("USAID and Sida", "Jane Carter Ingram Wildlife
    // Conservation Society") has run over a boundary; the known name is the better answer. Known parents at the start
    // (Stockholm Environment Institute Asia Centre, 生态环境部…中心) are sub-units and stay.
    private static bool SwallowsKnownName(TextSpan span, List<NameMatch<KnownName>> known)
    {
        foreach (var hit in known)
        {
            if (hit.Start > span.Start && hit.Start < span.End && hit.End <= span.End)
            {
                return true;
            }
        }

        return false;
    }

    private static OrganisationMention FormMention(string text, TextSpan span, IReadOnlyList<NameMatch<PlaceEntry>> placeHits)
    {
        var surface = text.Substring(span.Start, span.Length);
        string? country = null;
        foreach (var place in placeHits)
        {
            if (place.Start == span.Start && place.End < span.End)
            {
                country = place.Value.Country;
                break;
            }
        }

        var name = string.Join(' ', surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return new OrganisationMention(new EntityMention(name, surface, span.Start, span.Length, country), null, null);
    }
}

internal readonly record struct KnownName(OrganisationEntry Entry, bool IsAcronym, bool NeedsConfirmation);

internal readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
