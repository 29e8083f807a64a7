using System.Globalization;
using LmecKnowledgeSearch.Enrichment.Entities;
using LmecKnowledgeSearch.Enrichment.Experts;
using LmecKnowledgeSearch.Enrichment.Metadata;
using LmecKnowledgeSearch.Enrichment.Passages;
using LmecKnowledgeSearch.Enrichment.Themes;
using LmecKnowledgeSearch.Indexing;
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

    public DocumentUnitBuilder(
        PassageSplitter passageSplitter,
        DocumentMetadataExtractor metadataExtractor,
        BriefingStructureExtractor briefings,
        UnitEntityFinder entities,
        ThemeTagger themes)
    {
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

    public static DocumentUnitBuilder CreateDefault(UnitEntityFinder? entities = null) => new(
        new PassageSplitter(),
        new DocumentMetadataExtractor(),
        new BriefingStructureExtractor(),
        entities ?? UnitEntityFinder.CreateDefault(),
        ThemeTagger.CreateDefault());

    public IReadOnlyList<IndexUnit> Build(string source, ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(document);
        var metadata = metadataExtractor.Extract(document, source);
        var structure = briefings.Extract(document);
        // Passages that only repeat boilerplate or an expert view are left out: the view is its own unit and says who
        // spoke, so search and answers cite it rather than an anonymous copy.
        var covered = (structure?.Boilerplate ?? []).Concat(StatementRanges(document.Text, structure?.ExpertViews ?? [])).ToList();
        var template = new IndexUnit
        {
            Id = IndexUnit.MakeId(source, 0),
            Kind = UnitKinds.Document,
            Source = source,
            Number = 0,
            Title = metadata.Title,
            Text = document.Text,
            Date = metadata.Date,
            DocumentType = metadata.DocumentType,
            Language = metadata.Language,
        };

        var parts = new List<IndexUnit>();
        foreach (var passage in passageSplitter.Split(document).Where(p => !IsMostlyCovered(p, covered)))
        {
            parts.Add(Enrich(template with { Kind = UnitKinds.Passage, Text = passage.Text, HeadingPath = passage.HeadingPath, Page = passage.Page }));
        }

        foreach (var view in structure?.ExpertViews ?? [])
        {
            var unit = template with
            {
                Kind = UnitKinds.ExpertView,
                Text = view.Statement,
                Speaker = view.Speaker,
                Affiliation = view.Affiliation,
                Details = ViewDetails(view, metadata),
            };
            parts.Add(Enrich(unit, view.Affiliation));
        }

        var named = UnitEntities.Union(parts.Select(EntitiesOf));
        var whole = template with
        {
            Organisations = named.Organisations,
            Places = named.Places,
            Countries = named.Countries,
            Themes = DocumentThemeRollup.Combine(parts.Where(p => p.Kind == UnitKinds.Passage).Select(p => p.Themes).ToList()),
            Details = DocumentDetails(metadata),
        };

        var units = new List<IndexUnit>(parts.Count + 1) { whole };
        units.AddRange(parts.Select((unit, i) => unit with { Number = i + 1, Id = IndexUnit.MakeId(source, i + 1) }));
        return units;
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

    /// <summary>Where each statement lies in the text, found by its opening and closing words (statements may join lines).</summary>
    private static IEnumerable<TextRange> StatementRanges(string text, IReadOnlyList<ExpertView> views)
    {
        const int Probe = 16;
        foreach (var view in views)
        {
            var statement = view.Statement.Trim();
            if (statement.Length < Probe * 2)
            {
                continue;
            }

            var start = text.IndexOf(statement[..Probe], StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf(statement[^Probe..], start, StringComparison.Ordinal);
            if (end > start)
            {
                yield return new TextRange(start, end + Probe - start);
            }
        }
    }

    private static bool IsMostlyCovered(Passage passage, IReadOnlyList<TextRange> ranges)
    {
        var covered = 0;
        foreach (var range in ranges)
        {
            var overlap = Math.Min(range.End, passage.Start + passage.Length) - Math.Max(range.Start, passage.Start);
            covered += Math.Max(0, overlap);
        }

        return covered * 2 > passage.Length;
    }

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
