using System.Globalization;
using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Enrichment.CaseStudies;
using LmecKnowledgeSearch.Enrichment.Entities;
using LmecKnowledgeSearch.Enrichment.Experts;
using LmecKnowledgeSearch.Enrichment.Metadata;
using LmecKnowledgeSearch.Enrichment.Passages;
using LmecKnowledgeSearch.Enrichment.Themes;
using LmecKnowledgeSearch.Ingestion;

namespace LmecKnowledgeSearch.Enrichment;

/// <summary>
/// Turns one extracted document into the units the index holds: the document, its passages (boilerplate left out),
/// the expert views of a briefing and the case studies told in either — each with its metadata, organisations, places
/// and themes. Thread-safe, so files can be enriched in parallel.
/// </summary>
public sealed class DocumentUnitBuilder
{
    private readonly PassageSplitter passageSplitter;
    private readonly DocumentMetadataExtractor metadataExtractor;
    private readonly BriefingStructureExtractor briefings;
    private readonly UnitEntityFinder entities;
    private readonly ThemeTagger themes;
    private readonly CaseStudyDetector caseStudies;
    private readonly PinyinNames pinyin;

    public DocumentUnitBuilder(
        PassageSplitter passageSplitter,
        DocumentMetadataExtractor metadataExtractor,
        BriefingStructureExtractor briefings,
        UnitEntityFinder entities,
        ThemeTagger themes,
        CaseStudyDetector caseStudies,
        PinyinNames pinyin)
    {
        ArgumentNullException.ThrowIfNull(pinyin);
        this.pinyin = pinyin;
        ArgumentNullException.ThrowIfNull(caseStudies);
        this.caseStudies = caseStudies;
        ArgumentNullException.ThrowIfNull(passageSplitter);
        ArgumentNullException.ThrowIfNull(metadataExtractor);
        ArgumentNullException.ThrowIfNull(briefings);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(themes);
        this.passageSplitter = passageSplitter;
        this.metadataExtractor = metadataExtractor;
        this.briefings = briefings;
        this.entities = entities;
        this.themes = themes;
    }

    public static DocumentUnitBuilder CreateDefault(UnitEntityFinder? entities = null)
    {
        entities ??= UnitEntityFinder.CreateDefault();
        var briefings = new BriefingStructureExtractor([entities.OrganisationRecognizer, entities.PlaceRecognizer]);
        return new DocumentUnitBuilder(
            new PassageSplitter(),
            new DocumentMetadataExtractor(briefings),
            briefings,
            entities,
            ThemeTagger.CreateDefault(),
            new CaseStudyDetector(entities.PlaceRecognizer, entities.OrganisationRecognizer),
            new PinyinNames());
    }

    public IReadOnlyList<IndexUnit> Build(string source, ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(document);
        // One briefing extraction serves both the metadata (document type) and the expert views.
        var structure = briefings.Extract(document);
        var metadata = metadataExtractor.Extract(document, source, structure);
        // Passages that only repeat boilerplate or an expert view are left out: the view is its own unit and says who
        // spoke, so search and answers cite it rather than an anonymous copy.
        var covered = (structure?.Boilerplate ?? []).Concat(PassageCoverage.StatementRanges(document.Text, structure?.ExpertViews ?? [])).ToList();
        var template = new IndexUnit
        {
            Id = IndexUnit.MakeId(source, 0),
            Kind = UnitKind.Document,
            Source = source,
            Number = 0,
            Title = metadata.Title,
            Text = document.Text,
            Date = metadata.Date,
            DocumentType = metadata.DocumentType,
            Language = metadata.Language,
        };

        var parts = new List<IndexUnit>();
        foreach (var passage in PassageCoverage.Uncovered(passageSplitter.Split(document), document.Text, covered))
        {
            parts.Add(Enrich(template with { Kind = UnitKind.Passage, Text = passage.Text, HeadingPath = passage.HeadingPath, Page = passage.Page }));
        }

        foreach (var view in structure?.ExpertViews ?? [])
        {
            var unit = template with
            {
                Kind = UnitKind.ExpertView,
                Text = view.Statement,
                Speaker = view.Speaker,
                Affiliation = view.Affiliation,
                Details = ViewDetails(view, metadata),
            };
            parts.Add(Enrich(unit, view.Affiliation));
        }

        parts.AddRange(CaseStudiesIn(parts, metadata));
        var named = UnitEntities.Union(parts.Select(EntitiesOf));
        var whole = template with
        {
            Organisations = named.Organisations,
            Places = named.Places,
            Countries = named.Countries,
            Themes = DocumentThemeRollup.Combine(parts.Where(p => p.Kind is UnitKind.Passage or UnitKind.ExpertView).Select(p => p.Themes).ToList()),
            Details = DocumentDetails(metadata),
        };

        var units = new List<IndexUnit>(parts.Count + 1) { whole };
        units.AddRange(parts.Select((unit, i) => unit with { Number = i + 1, Id = IndexUnit.MakeId(source, i + 1) }));
        return units.Select(unit => unit with
        {
            SpeakerLatin = pinyin.Romanise(unit.Speaker),
            PlacesLatin = unit.Places.Select(pinyin.RomanisePlace).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
        }).ToList();
    }

    /// <summary>
    /// The cases told in the passages and expert views, each once (a case a view tells is credited to its speaker),
    /// with what was done, where and by whom.
    /// </summary>
    private IEnumerable<IndexUnit> CaseStudiesIn(IReadOnlyList<IndexUnit> parts, DocumentMetadata metadata)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts.OrderBy(p => p.Kind == UnitKind.ExpertView ? 0 : 1))
        {
            foreach (var found in caseStudies.Detect(part.Text))
            {
                if (!seen.Add(new string(found.Text.Where(c => !char.IsWhiteSpace(c)).ToArray())))
                {
                    continue;
                }

                var details = new List<string> { $"what: {found.Summary}" };
                AddIf(details, "where", string.Join("、", found.Places));
                AddIf(details, "who", string.Join("、", found.Organisations));
                details.Add(part.Speaker is { } speaker
                    ? $"from: expert view of {speaker}{(part.Affiliation is { } affiliation ? $" ({affiliation})" : string.Empty)}"
                    : $"from: {metadata.Title}{(part.HeadingPath is { } heading ? $" › {heading}" : string.Empty)}");
                var unit = Enrich(part with { Kind = UnitKind.CaseStudy, Text = found.Text, Details = details }, part.Affiliation);
                yield return unit with
                {
                    Places = unit.Places.Union(found.Places, StringComparer.Ordinal).ToList(),
                    Organisations = unit.Organisations.Union(found.Organisations, StringComparer.Ordinal).ToList(),
                };
            }
        }
    }

    private IndexUnit Enrich(IndexUnit unit, string? affiliation = null)
    {
        // The affiliation names the speaker's organisation; the statement names the ones they talk about.
        var found = entities.Find(affiliation is null ? unit.Text : affiliation + "\n" + unit.Text);
        return unit with
        {
            Organisations = found.Organisations,
            Places = found.Places,
            Countries = found.Countries,
            Themes = themes.Tag(unit.Text),
        };
    }

    private static UnitEntities EntitiesOf(IndexUnit unit) => new(unit.Organisations, unit.Places, unit.Countries);

    private static IReadOnlyList<string> ViewDetails(ExpertView view, DocumentMetadata metadata)
    {
        var lines = new List<string> { $"speaker: {view.Speaker}" };
        if (view.Affiliation is not null)
        {
            lines.Add($"affiliation: {view.Affiliation}");
        }

        lines.Add($"order in briefing: {view.Order}");
        if (metadata.Event?.Name is { } eventName)
        {
            lines.Add($"event: {eventName}");
        }

        return lines;
    }

    private static IReadOnlyList<string> DocumentDetails(DocumentMetadata metadata)
    {
        var lines = new List<string> { $"type: {metadata.DocumentType}", $"language: {metadata.Language}" };
        AddIf(lines, "issuer", metadata.Issuer);
        AddIf(lines, "issue", metadata.IssueNumber);
        if (metadata.Authors.Count > 0)
        {
            lines.Add($"authors: {string.Join(", ", metadata.Authors)}");
        }

        if (metadata.Event is { } info)
        {
            AddIf(lines, "event", info.Name);
            AddIf(lines, "event date", info.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            AddIf(lines, "event place", info.Place);
            AddIf(lines, "participants", info.Participants?.ToString(CultureInfo.InvariantCulture));
        }

        return lines;
    }

    private static void AddIf(List<string> lines, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            lines.Add($"{label}: {value}");
        }
    }
}
