using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Enrichment.Experts;

/// <summary>
/// The top of a briefing as printed: issuer lines, the kind line (简报, Newsletter), the issue number, the publication
/// date and the title line. Indices point into the line list it was read from.
/// </summary>
internal sealed record BriefingMasthead(
    IReadOnlyList<string> IssuerLines,
    string? KindLine,
    string? IssueNumber,
    DateOnly? PublicationDate,
    int? TitleLine,
    int LastMastheadLine)
{
    public string? Issuer => IssuerLines.Count > 0 ? IssuerLines[0] : null;
}

/// <summary>Reads a <see cref="BriefingMasthead"/> from the first lines of a document, when it has one.</summary>
internal sealed partial class BriefingMastheadReader
{
    private const int HeaderZone = 12;
    private readonly DateTextParser _dates = new();
    private readonly AffiliationRecognizer _affiliations = new();

    public BriefingMasthead? Read(IReadOnlyList<DocumentLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var zone = Math.Min(HeaderZone, lines.Count);
        int? kind = null, issue = null, date = null;
        string? issueNumber = null;
        DateOnly? published = null;
        for (var i = 0; i < zone; i++)
        {
            var text = lines[i].Text;
            if (kind is null && KindLine().IsMatch(text))
            {
                kind = i;
            }

            var issueMatch = IssueNumber().Match(text);
            if (issue is null && issueMatch.Success && text.Length <= 40)
            {
                issue = i;
                issueNumber = WhitespaceRun().Replace(issueMatch.Value.Trim(), " ");
            }

            if (date is null && text.Length <= 24 && _dates.FindAll(text) is { Count: 1 } onlyDate && onlyDate[0].Length >= text.Length - 4)
            {
                date = i;
                published = onlyDate[0].Date;
            }
        }

        if (kind is null && issue is null)
        {
            return null;
        }

        var last = new[] { kind, issue, date }.Max()!.Value;
        var firstMarker = new[] { kind, issue, date }.Where(x => x is not null).Min()!.Value;
        var issuers = new List<string>();
        for (var i = 0; i < firstMarker; i++)
        {
            var text = StripIssuerLabel(lines[i].Text);
            if (_affiliations.IsAffiliation(text))
            {
                issuers.Add(text);
            }
        }

        return new BriefingMasthead(issuers, kind is { } k ? lines[k].Text : null, issueNumber, published, FindTitle(lines, last), last);
    }

    private static int? FindTitle(IReadOnlyList<DocumentLine> lines, int last)
    {
        for (var i = last + 1; i < Math.Min(lines.Count, last + 4); i++)
        {
            var text = lines[i].Text;
            if (text.Length is >= 4 and <= 150 && !text.Contains('。') && !(text.EndsWith('.') && text.Length > 100))
            {
                return i;
            }
        }

        return null;
    }

    private static string StripIssuerLabel(string text) => IssuerLabel().Replace(text, string.Empty).Trim();

    // A line that names the publication kind, alone or after the series name: 简报, 工作简报, 澜湄环境合作简报, Newsletter.
    [GeneratedRegex(@"^.{0,16}(?:简报|快报|专报|通讯|动态|信息|Briefing|Newsletter|Bulletin|Brief)$", RegexOptions.IgnoreCase)]
    private static partial Regex KindLine();

    [GeneratedRegex(@"(?:(?:[\d〇零一二三四五六七八九]{4})\s*年\s*)?第\s*[\d〇零一二三四五六七八九十百]+\s*期(?:\s*[（(]?\s*总第\s*[\d〇零一二三四五六七八九十百]+\s*期\s*[）)]?)?|\b(?:Issue|No\.)\s*\d+(?:\s*[,/]\s*(?:19|20)\d{2})?|\bVol(?:ume)?\.?\s*\d+\s*,?\s*(?:No\.|Issue)\s*\d+", RegexOptions.IgnoreCase)]
    private static partial Regex IssueNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();

    [GeneratedRegex(@"^(?:主办|编印|主办单位|编印单位|Issued by|Published by)\s*[:：]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex IssuerLabel();
}
