using LmecKnowledgeSearch.Model;

namespace LmecKnowledgeSearch.Search;

/// <summary>
/// One unit as `lmec show --json` and GET /api/units/{id} print it. A public interface: keep the shape. Built from the
/// index's <see cref="IndexUnit"/> field by field, so fields the index adds (pinyin forms, fingerprints) never leak
/// into the JSON and the JSON never constrains the index.
/// </summary>
public sealed record UnitResponse(
    string Id,
    string Kind,
    string Source,
    int Number,
    string Title,
    string Text,
    string? HeadingPath,
    string? Speaker,
    string? Affiliation,
    IReadOnlyList<string> Organisations,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> Countries,
    IReadOnlyList<ThemeResponse> Themes,
    DateOnly? Date,
    string DocumentType,
    string Language,
    int? Page,
    IReadOnlyList<string> Details)
{
    public static UnitResponse From(IndexUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new UnitResponse(
            unit.Id,
            UnitKinds.NameOf(unit.Kind),
            unit.Source,
            unit.Number,
            unit.Title,
            unit.Text,
            unit.HeadingPath,
            unit.Speaker,
            unit.Affiliation,
            unit.Organisations,
            unit.Places,
            unit.Countries,
            unit.Themes.Select(t => new ThemeResponse(t.Id, t.Score, t.Evidence)).ToList(),
            unit.Date,
            unit.DocumentType,
            unit.Language,
            unit.Page,
            unit.Details);
    }
}

/// <summary>A theme of a unit as the JSON prints it: its id, score in [0,1] and the cue words found.</summary>
public sealed record ThemeResponse(string Id, double Score, IReadOnlyList<string> Evidence);
