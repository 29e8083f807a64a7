using System.Globalization;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace LmecKnowledgeSearch.Indexing;

/// <summary>Maps an <see cref="IndexUnit"/> to the Lucene document of <see cref="IndexSchema"/> and back.</summary>
public static class UnitDocumentMapper
{
    private static readonly JsonSerializerOptions ThemeJson = new(JsonSerializerDefaults.Web);

    public static Document ToDocument(IndexUnit unit, string root, string? contentHash, long documentSignature)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var doc = new Document
        {
            new StringField(IndexSchema.Id, unit.Id, Field.Store.YES),
            new StringField(IndexSchema.Source, unit.Source, Field.Store.YES),
            new StringField(IndexSchema.Root, root, Field.Store.YES),
            new StoredField(IndexSchema.Number, unit.Number),
            new TextField(IndexSchema.Title, unit.Title, Field.Store.YES),
            new TextField(IndexSchema.TitleBigram, unit.Title, Field.Store.NO),
            new TextField(IndexSchema.FileName, FileNameWords(unit.Source), Field.Store.NO),
            new TextField(IndexSchema.Text, unit.Text, Field.Store.YES),
            new TextField(IndexSchema.TextBigram, unit.Text, Field.Store.NO),
            new NumericDocValuesField(IndexSchema.Standalone, IsStandalone(unit) ? 1 : 0),
            new NumericDocValuesField(IndexSchema.UnitSignature, SimHash.Compute(unit.Text)),
            new NumericDocValuesField(IndexSchema.DocumentSignature, documentSignature),
        };
        if (contentHash is not null)
        {
            doc.Add(new StringField(IndexSchema.ContentHash, contentHash, Field.Store.YES));
        }

        AddOptionalText(doc, IndexSchema.Heading, unit.HeadingPath);
        AddOptionalText(doc, IndexSchema.Speaker, unit.Speaker);
        AddOptionalText(doc, IndexSchema.SpeakerLatin, unit.SpeakerLatin);
        foreach (var place in unit.PlacesLatin)
        {
            AddOptionalText(doc, IndexSchema.PlaceLatin, place);
        }
        AddOptionalText(doc, IndexSchema.Affiliation, unit.Affiliation);
        if (unit.Page is { } page)
        {
            doc.Add(new StoredField(IndexSchema.Page, page));
        }

        if (unit.Date is { } date)
        {
            doc.Add(new StoredField(IndexSchema.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            doc.Add(new NumericDocValuesField(IndexSchema.DateSort, (date.Year * 10000) + (date.Month * 100) + date.Day));
            AddFacet(doc, IndexSchema.YearFacet, date.Year.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            doc.Add(new NumericDocValuesField(IndexSchema.DateSort, 0));
        }

        if (unit.Themes.Count > 0)
        {
            doc.Add(new StoredField(IndexSchema.ThemeDetail, JsonSerializer.Serialize(unit.Themes, ThemeJson)));
        }

        foreach (var detail in unit.Details)
        {
            doc.Add(new StoredField(IndexSchema.Details, detail));
        }

        AddFacet(doc, IndexSchema.KindFacet, UnitKinds.NameOf(unit.Kind));
        AddFacet(doc, IndexSchema.DocumentTypeFacet, unit.DocumentType);
        AddFacet(doc, IndexSchema.LanguageFacet, unit.Language);
        AddFacet(doc, IndexSchema.SpeakerFacet, unit.Speaker);
        AddFacets(doc, IndexSchema.ThemeFacet, unit.Themes.Select(t => t.Id));
        AddFacets(doc, IndexSchema.OrganisationFacet, unit.Organisations);
        AddFacets(doc, IndexSchema.PlaceFacet, unit.Places);
        AddFacets(doc, IndexSchema.CountryFacet, unit.Countries);
        return doc;
    }

    public static IndexUnit FromDocument(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var themeJson = doc.Get(IndexSchema.ThemeDetail);
        var themes = themeJson is null
            ? doc.GetValues(IndexSchema.ThemeFacet).Select(id => new ThemeTag(id, 1.0, [])).ToList()
            : JsonSerializer.Deserialize<List<ThemeTag>>(themeJson, ThemeJson) ?? [];
        var date = doc.Get(IndexSchema.Date);
        return new IndexUnit
        {
            Id = doc.Get(IndexSchema.Id),
            Kind = UnitKinds.Parse(doc.Get(IndexSchema.KindFacet)),
            Source = doc.Get(IndexSchema.Source),
            Number = doc.GetField(IndexSchema.Number)?.GetInt32Value() ?? 0,
            Title = doc.Get(IndexSchema.Title) ?? string.Empty,
            Text = doc.Get(IndexSchema.Text) ?? string.Empty,
            HeadingPath = doc.Get(IndexSchema.Heading),
            Speaker = doc.Get(IndexSchema.Speaker),
            SpeakerLatin = doc.Get(IndexSchema.SpeakerLatin),
            PlacesLatin = doc.GetValues(IndexSchema.PlaceLatin),
            Affiliation = doc.Get(IndexSchema.Affiliation),
            Organisations = doc.GetValues(IndexSchema.OrganisationFacet),
            Places = doc.GetValues(IndexSchema.PlaceFacet),
            Countries = doc.GetValues(IndexSchema.CountryFacet),
            Themes = themes,
            Date = date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DocumentType = doc.Get(IndexSchema.DocumentTypeFacet) ?? "other",
            Language = doc.Get(IndexSchema.LanguageFacet) ?? "zh",
            Page = doc.GetField(IndexSchema.Page)?.GetInt32Value(),
            Details = doc.GetValues(IndexSchema.Details),
        };
    }

    /// <summary>Documents and their passages collapse into one hit per file; expert views and case studies stand alone.</summary>
    public static bool IsStandalone(IndexUnit unit) => unit.Kind is not (UnitKind.Document or UnitKind.Passage);

    /// <summary>The file name without extension, its separators as spaces ("tapping-climate_finance" → "tapping climate finance").</summary>
    private static string FileNameWords(string source) =>
        string.Join(' ', Path.GetFileNameWithoutExtension(source).Split(['_', '-', '.', '+', ' '], StringSplitOptions.RemoveEmptyEntries));

    private static void AddOptionalText(Document doc, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            doc.Add(new TextField(field, value, Field.Store.YES));
        }
    }

    private static void AddFacets(Document doc, string field, IEnumerable<string> values)
    {
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            AddFacet(doc, field, value);
        }
    }

    private static void AddFacet(Document doc, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        doc.Add(new StringField(field, value, Field.Store.YES));
        doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }
}
