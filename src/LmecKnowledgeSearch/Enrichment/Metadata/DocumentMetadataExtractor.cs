using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Enrichment.Experts;
using LmecKnowledgeSearch.Ingestion;

namespace LmecKnowledgeSearch.Enrichment.Metadata;

/// <summary>
/// Works out what a document is from its text and properties: title, date, language, type, authors, and for
/// briefings the issuer, issue number and the event reported on.
/// </summary>
public sealed partial class DocumentMetadataExtractor
{
    private const int HeaderLines = 15;
    private const int EventSearchLines = 6;
    private const int BylineSearchLines = 3;

    private readonly BriefingMastheadReader _mastheads = new();
    private readonly BriefingStructureExtractor _structures;
    private readonly TitleFinder _titles = new();
    private readonly DateTextParser _dates = new();
    private readonly LanguageClassifier _languages = new();
    private readonly DocumentTypeClassifier _types = new();
    private readonly EventInfoReader _events = new();
    private readonly AuthorLineReader _authors = new();

    public DocumentMetadataExtractor()
        : this(new BriefingStructureExtractor())
    {
    }

    /// <param name="structures">The extractor the unit builder uses too, so the type is judged on the same speakers.</param>
    public DocumentMetadataExtractor(BriefingStructureExtractor structures)
    {
        ArgumentNullException.ThrowIfNull(structures);
        _structures = structures;
    }

    public DocumentMetadata Extract(ExtractedDocument document, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Extract(document, sourcePath, _structures.Extract(document));
    }

    /// <param name="structure">The document's briefing structure, when the caller has extracted it already.</param>
    public DocumentMetadata Extract(ExtractedDocument document, string sourcePath, BriefingStructure? structure)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sourcePath);
        var frontMatter = FrontMatter.Find(document.Text);
        var lines = DocumentLine.Split(document).Where(l => l.Start >= frontMatter.Length).ToList();
        var masthead = _mastheads.Read(lines);
        var title = _titles.Find(lines, document.Properties, frontMatter, masthead, sourcePath);
        var bodyText = document.Text[Math.Min(frontMatter.Length, document.Text.Length)..];

        var headingCount = lines.Count(l => l.Kind is BlockKind.Heading || MarkdownHeading().IsMatch(l.Text));
        var isBriefingMasthead = masthead is not null && (masthead.IssueNumber is not null || (masthead.KindLine is not null && masthead.PublicationDate is not null));
        var type = _types.Classify(bodyText, new DocumentShape(isBriefingMasthead, structure?.ExpertViews.Count > 0, title.Text, headingCount));

        var publication = FindPublicationDate(lines, document.Properties, frontMatter, masthead, type);
        var eventInfo = type == DocumentTypes.Briefing ? FindEvent(lines, masthead, publication) : null;
        var date = publication ?? _dates.FromFileName(sourcePath) ?? FallbackDate(bodyText, type, eventInfo);

        return new DocumentMetadata
        {
            Title = title.Text,
            Date = date,
            Language = _languages.Classify(WithoutReferenceList(bodyText), document.Properties.Language),
            DocumentType = type,
            Authors = FindAuthors(lines, document.Properties, frontMatter, title, type),
            Issuer = type == DocumentTypes.Briefing ? masthead?.Issuer : null,
            IssueNumber = type == DocumentTypes.Briefing ? masthead?.IssueNumber : null,
            Event = eventInfo,
        };
    }

    private DateOnly? FindPublicationDate(List<DocumentLine> lines, DocumentProperties properties, FrontMatter frontMatter, BriefingMasthead? masthead, string type)
    {
        // The date printed in a briefing's masthead beats file properties, which are often the date of a conversion.
        if (masthead?.PublicationDate is { } published)
        {
            return published;
        }

        if (properties.Date is { } stated)
        {
            return stated;
        }

        foreach (var key in new[] { "date", "published", "publish_date", "pubdate", "created" })
        {
            if (frontMatter.First(key) is { } value && _dates.FindFirst(value) is { } fromFrontMatter)
            {
                return fromFrontMatter;
            }
        }

        if (lines.Count == 0)
        {
            return null;
        }

        // A news dateline: the date opens the text ("2023-08-06 15:13，正文：", "[2023年07月27日]").
        var opening = lines[0].Text.Length > 40 ? lines[0].Text[..40] : lines[0].Text;
        if (_dates.FindAll(opening) is { Count: > 0 } openingDates && openingDates[0].Start <= 2)
        {
            return openingDates[0].Date;
        }

        foreach (var line in lines.Take(type == DocumentTypes.Paper ? lines.Count : HeaderLines * 2))
        {
            if (DateLabel().IsMatch(line.Text) && _dates.FindFirst(line.Text) is { } labelled)
            {
                return labelled;
            }
        }

        foreach (var line in lines.Take(HeaderLines))
        {
            if (line.Text.Length <= 30 && _dates.FindAll(line.Text) is { Count: 1 } only && only[0].Length >= line.Text.Length - 8)
            {
                return only[0].Date;
            }
        }

        return null;
    }

    // Last resort, for news-like texts only: the first full date in the opening, unless it is the event's.
    private DateOnly? FallbackDate(string text, string type, EventInfo? eventInfo)
    {
        if (type is DocumentTypes.Paper or DocumentTypes.Report)
        {
            return null;
        }

        var opening = text.Length > 1000 ? text[..1000] : text;
        return _dates.FindAll(opening).Select(d => (DateOnly?)d.Date).FirstOrDefault(d => d != eventInfo?.Date) ?? eventInfo?.Date;
    }

    private EventInfo? FindEvent(List<DocumentLine> lines, BriefingMasthead? masthead, DateOnly? publication)
    {
        var start = masthead is null ? 0 : (masthead.TitleLine ?? masthead.LastMastheadLine) + 1;
        for (var i = start; i < Math.Min(lines.Count, start + EventSearchLines); i++)
        {
            if (lines[i].Text.Length >= 30 && _events.IsEventParagraph(lines[i].Text))
            {
                return _events.Read(lines[i].Text, publication?.Year);
            }
        }

        return null;
    }

    private IReadOnlyList<string> FindAuthors(List<DocumentLine> lines, DocumentProperties properties, FrontMatter frontMatter, FoundTitle title, string type)
    {
        if (properties.Authors.Count > 0)
        {
            return properties.Authors;
        }

        foreach (var key in new[] { "author", "authors", "team_lead" })
        {
            if (frontMatter.First(key) is { } value && _authors.FromByline(MarkdownLink().Replace(value, "${text}")) is { Count: > 0 } fromFrontMatter)
            {
                return fromFrontMatter;
            }
        }

        foreach (var line in lines.Take(HeaderLines * 2))
        {
            if (_authors.FromLabelledLine(line.Text) is { Count: > 0 } labelled)
            {
                return labelled;
            }
        }

        if (type is DocumentTypes.Paper or DocumentTypes.Report && title.Line is { } titleLine)
        {
            for (var i = titleLine + 1; i < Math.Min(lines.Count, titleLine + 1 + BylineSearchLines); i++)
            {
                if (_authors.FromByline(lines[i].Text) is { Count: > 0 } byline)
                {
                    return byline;
                }
            }
        }

        return [];
    }

    // Chinese papers cite mostly English sources; the reference list would make them look "mixed".
    private static string WithoutReferenceList(string text)
    {
        var references = ReferencesHeading().Matches(text).LastOrDefault();
        var body = references is not null && references.Index > text.Length / 2 ? text[..references.Index] : text;
        return InlineMath().Replace(body, " ");
    }

    [GeneratedRegex(@"(?m)^\s*(?:#+\s*)?(?:参考文献|References|REFERENCES|Bibliography|Literature Cited)\s*(?:[（(][^）)]{0,20}[）)])?\s*[:：]?\s*$")]
    private static partial Regex ReferencesHeading();

    // PDF-to-Markdown converters write units and symbols as LaTeX ($1 9 0 0 \mathrm { ~ m ~ }$): not English.
    [GeneratedRegex(@"\$[^$\n]{0,400}\$")]
    private static partial Regex InlineMath();

    [GeneratedRegex(@"^#{1,6}\s")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^\s*(?:(?:日期|发布日期|发布时间|发文日期|印发日期|成文日期|时间|收稿日期)\s*[:：]|(?:Date|Published|Posted|Publication date|Received|Issued|Updated)\b\s*(?:on)?\s*[:：]?)", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();
}
