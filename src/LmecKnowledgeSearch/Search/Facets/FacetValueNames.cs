using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Enrichment.Organisations;
using LmecKnowledgeSearch.Enrichment.Places;
using LmecKnowledgeSearch.Search.Glossary;

namespace LmecKnowledgeSearch.Search.Facets;

/// <summary>
/// Names a facet value in the other language, so an English reader sees "Yunnan Province" beside 云南省: the gazetteer
/// and the organisation list first (they name what the index files values under), then the glossary; a Chinese speaker's
/// name in pinyin. Values no list knows stay as they are.
/// </summary>
public sealed class FacetValueNames
{
    private readonly Dictionary<string, string> english = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> chinese = new(StringComparer.OrdinalIgnoreCase);
    private readonly Func<Glossary.Glossary>? glossary;
    private readonly PinyinNames? pinyin;

    public FacetValueNames(Gazetteer places, OrganisationRegistry organisations, Func<Glossary.Glossary>? glossary = null, PinyinNames? pinyin = null)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(organisations);
        this.glossary = glossary;
        this.pinyin = pinyin;
        foreach (var place in places.Entries.Where(p => p.ChineseName is not null && p.EnglishName is not null))
        {
            foreach (var name in place.ChineseAliases.Prepend(place.ChineseName!))
            {
                english.TryAdd(name, place.EnglishName!);
            }

            foreach (var name in place.EnglishAliases.Prepend(place.EnglishName!))
            {
                chinese.TryAdd(name, place.ChineseName!);
            }
        }

        foreach (var organisation in organisations.Entries.Where(o => o.ChineseNames.Count > 0 && o.EnglishNames.Count > 0))
        {
            foreach (var name in organisation.ChineseNames)
            {
                english.TryAdd(name, organisation.EnglishNames[0]);
            }

            foreach (var name in organisation.EnglishNames.Concat(organisation.Acronyms.Select(a => a.Text)))
            {
                chinese.TryAdd(name, organisation.ChineseNames[0]);
            }
        }
    }

    /// <summary>
    /// The gazetteer, the organisation list and the glossary; no pinyin, whose ICU transliterator would cost every
    /// server's first search a second or more (the speakers' names as printed are shown as they are).
    /// </summary>
    public static FacetValueNames CreateDefault(Func<Glossary.Glossary>? glossary = null) =>
        new(Gazetteer.LoadDefault(), OrganisationRegistry.LoadDefault(), glossary);

    /// <summary>The value with its name in the other language where known.</summary>
    public FacetValue Name(string facet, FacetValue value)
    {
        ArgumentNullException.ThrowIfNull(facet);
        ArgumentNullException.ThrowIfNull(value);
        if (facet is not ("org" or "place" or "country" or "speaker"))
        {
            return value;
        }

        var text = value.Value;
        if (text.Any(HanCharacters.IsHan))
        {
            var name = facet == "speaker" ? Capitalised(pinyin?.Romanise(text))
                : english.GetValueOrDefault(text)
                    ?? GlossaryTerm(text, c => c.EnglishTerms.Count > 0 ? c.PreferredEnglish : null)
                    ?? (facet == "place" ? Capitalised(pinyin?.RomanisePlace(text)) : null);
            return name is null ? value : value with { English = name };
        }

        var other = facet == "speaker" ? null : chinese.GetValueOrDefault(text) ?? GlossaryTerm(text, c => c.ChineseTerms.Count > 0 ? c.PreferredChinese : null);
        return other is null ? value : value with { Chinese = other };
    }

    private string? GlossaryTerm(string text, Func<Concept, string?> pick) =>
        glossary?.Invoke().Find(text).Select(pick).FirstOrDefault(t => t is not null);

    private static string? Capitalised(string? latin) =>
        latin is null ? null : string.Join(' ', latin.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
