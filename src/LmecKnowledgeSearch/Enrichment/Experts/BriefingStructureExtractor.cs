using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Ingestion;

namespace LmecKnowledgeSearch.Enrichment.Experts;

/// <summary>
/// Finds the expert views of a briefing (speaker, affiliation, statement) and its boilerplate (contact block, the
/// issuer's standard description). Returns null for documents that are not briefings with expert views, so papers and
/// news never get invented speakers.
/// </summary>
public sealed partial class BriefingStructureExtractor
{
    private const int MinStatementLength = 20;
    private const int MinPanelSpeakers = 3;
    private const int MinLabelledSpeakers = 2;
    private const int OpeningLines = 3;
    private const int MinOpeningLength = 120;
    private const int MinWrappedLineLength = 40;

    private readonly SpeakerHeaderParser _headers;
    private readonly BoilerplateDetector _boilerplate = new();
    private readonly BriefingMastheadReader _masthead = new();

    public BriefingStructureExtractor()
        : this([])
    {
    }

    /// <param name="entities">Organisation and place recognisers; they let a header whose name and affiliation a PDF
    /// glued together be split where the organisation begins.</param>
    public BriefingStructureExtractor(IReadOnlyList<IEntityRecognizer> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        _headers = new SpeakerHeaderParser(entities);
    }

    public BriefingStructure? Extract(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = DocumentLine.Split(document);
        if (lines.Count == 0)
        {
            return null;
        }

        var masthead = _masthead.Read(lines);
        var spans = _boilerplate.Detect(lines, masthead?.IssuerLines ?? []);
        var isBoilerplate = new bool[lines.Count];
        foreach (var span in spans)
        {
            for (var i = span.FirstLine; i <= span.LastLine; i++)
            {
                isBoilerplate[i] = true;
            }
        }

        var firstBodyLine = masthead is null ? 0 : (masthead.TitleLine ?? masthead.LastMastheadLine) + 1;
        var headers = FindHeaders(lines, isBoilerplate, firstBodyLine);
        var views = new List<ExpertView>();
        for (var h = 0; h < headers.Count; h++)
        {
            var (header, statementFirst, offset) = headers[h];
            var limit = h + 1 < headers.Count ? headers[h + 1].Header.FirstLine : lines.Count;
            var statementLast = StatementEnd(lines, isBoilerplate, statementFirst, limit);
            var statement = document.Text[(lines[statementFirst].Start + offset)..lines[statementLast].End];
            views.Add(new ExpertView(header.Speaker, NormaliseAffiliation(header.Affiliation), statement, views.Count + 1));
        }

        // Without a briefing masthead, speakers must look like a panel: several, nearly all with an affiliation. Papers
        // and reports have title-case headings and reference lists that pass for a name and an affiliation once or twice.
        // Minutes that label every speaker (发言人：…, Speaker: …) say outright who spoke, so two labelled speakers
        // make a panel even when an affiliation is missing.
        var withAffiliation = views.Count(v => v.Affiliation is not null);
        var looksLikePanel = withAffiliation >= MinPanelSpeakers && withAffiliation * 4 >= views.Count * 3;
        var labelledPanel = views.Count >= MinLabelledSpeakers && headers.All(h => SpeakerHeaderParser.HasRoleLabel(lines[h.Header.FirstLine]));
        if (masthead is null ? !(looksLikePanel || labelledPanel) : withAffiliation < 1)
        {
            return null;
        }

        var ranges = spans.Select(s => new TextRange(lines[s.FirstLine].Start, lines[s.LastLine].End - lines[s.FirstLine].Start)).ToList();
        return new BriefingStructure(views, ranges);
    }

    private List<(SpeakerHeader Header, int StatementFirst, int StatementOffset)> FindHeaders(IReadOnlyList<DocumentLine> lines, bool[] isBoilerplate, int firstBodyLine)
    {
        // Speaker names are often styled as headings in DOCX, so heading blocks may still be headers.
        bool IsUsable(int i) => !isBoilerplate[i] && !(lines[i].Text.Length <= 40 && SectionHeading().IsMatch(lines[i].Text));
        var found = new List<(SpeakerHeader, int, int)>();
        for (var i = firstBodyLine; i < lines.Count; i++)
        {
            if (!IsUsable(i) || !StartsUnit(lines, i))
            {
                continue;
            }

            var header = _headers.TryParse(lines, i, IsUsable);
            if (header is not null && header.LastLine + 1 < lines.Count && IsUsable(header.LastLine + 1)
                && IsProse(Opening(lines, header.LastLine + 1, 0)))
            {
                found.Add((header, header.LastLine + 1, 0));
                i = header.LastLine;
                continue;
            }

            if (_headers.TryParseInline(lines, i) is { } inline && IsProse(Opening(lines, i, inline.StatementOffset)))
            {
                found.Add((inline.Header, i, inline.StatementOffset));
            }
        }

        return found;
    }

    /// <summary>
    /// The first words of a statement: its line and the lines that continue it in the same block, since a PDF wraps a
    /// sentence over short lines that alone do not read as prose.
    /// </summary>
    private static string Opening(IReadOnlyList<DocumentLine> lines, int first, int offset)
    {
        // Only a full line was wrapped: a short line ends its item (lists of names in front matter or credits).
        var text = lines[first].Text[offset..];
        for (var j = first + 1; j < lines.Count && j <= first + OpeningLines && !lines[j].StartsBlock && text.Length < MinOpeningLength
             && lines[j - 1].Text.Length >= MinWrappedLineLength && !ListItem().IsMatch(lines[j].Text); j++)
        {
            text += " " + lines[j].Text;
        }

        return text;
    }

    private static int StatementEnd(IReadOnlyList<DocumentLine> lines, bool[] isBoilerplate, int first, int limit)
    {
        var last = first;
        for (var j = first + 1; j < limit; j++)
        {
            // "会议认为…" / "Participants agreed…" closes the meeting as a whole; it is not the last speaker's.
            if (isBoilerplate[j] || IsSectionHeading(lines[j]) || (lines[j].StartsBlock && MeetingConclusion().IsMatch(lines[j].Text)))
            {
                break;
            }

            last = j;
        }

        return last;
    }

    /// <summary>A header starts a unit: a new block, or a new line after a finished sentence or a short line.</summary>
    private static bool StartsUnit(IReadOnlyList<DocumentLine> lines, int i)
    {
        // A role label (发言人：, Speaker:) announces a new speaker wherever the line falls.
        if (i == 0 || lines[i].StartsBlock || SpeakerHeaderParser.HasRoleLabel(lines[i]))
        {
            return true;
        }

        var previous = lines[i - 1].Text;
        return previous.Length <= 40 || "。！？.!?”」』\"".Contains(previous[^1]);
    }

    /// <summary>Spaces a PDF leaves between Chinese characters, around a slash ("中心/ 生态环境部") or between Chinese and Latin
    /// ("ECOM 集团") are layout, not content; Latin words keep theirs.</summary>
    private static string? NormaliseAffiliation(string? affiliation) =>
        affiliation is null ? null : LayoutSpace().Replace(affiliation, string.Empty);

    internal static bool IsProse(string text)
    {
        if (text.Length < MinStatementLength)
        {
            return false;
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var han = HanCharacters.CountHan(text);
        return han >= 30 || words >= 12 || ProsePunctuation().IsMatch(text);
    }

    private static bool IsSectionHeading(DocumentLine line) =>
        line.Kind is BlockKind.Heading or BlockKind.Title || (line.Text.Length <= 40 && SectionHeading().IsMatch(line.Text));

    [GeneratedRegex(@"^(?:本次)?(?:会议|与会(?:代表|专家|嘉宾|各方)?|大会|论坛|各方|主持人)(?:一致)?(?:认为|指出|强调|总结|达成|同意|提出|建议|最后)|^(?:(?:The )?Participants|The (?:meeting|workshop|dialogue|forum|roundtable|panel|chair))\s+(?:all\s+|also\s+)?(?:agreed|concluded|noted|stressed|recommended|called)\b|^(?:会议决定|会议议定|下一步工作|Action items|Next steps|Decisions|Follow-up)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingConclusion();

    [GeneratedRegex(@"^\s*(?:[-*•●▪■◆◇○–]\s|\d{1,2}\s*[.、．)）]\s|[（(]\d{1,2}[)）])")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}/／（）])\s+(?=[\p{IsCJKUnifiedIdeographs}/／（）])|(?<=[\p{IsCJKUnifiedIdeographs}])\s+(?=[/／])|(?<=[/／])\s+(?=[\p{IsCJKUnifiedIdeographs}])|(?<=[A-Za-z0-9）)])\s+(?=[\p{IsCJKUnifiedIdeographs}])|(?<=[\p{IsCJKUnifiedIdeographs}])\s+(?=[A-Za-z0-9（(])")]
    private static partial Regex LayoutSpace();

    [GeneratedRegex(@"[。，；！？]|[,;.] \S")]
    private static partial Regex ProsePunctuation();

    [GeneratedRegex(@"^(?:#{1,6}\s|第[一二三四五六七八九十\d]+[章节部分篇]|[一二三四五六七八九十]+、|专题[一二三四五六七八九十\d]+|(?:Part|Session|Section)\s+\d+\b|附件|Annex\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SectionHeading();
}
