using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Enrichment.Experts;

/// <summary>The lines that introduce one expert view: who, for whom. Lines are inclusive indices.</summary>
internal sealed record SpeakerHeader(string Speaker, string? Affiliation, int FirstLine, int LastLine);

/// <summary>
/// Recognises the speaker header of an expert view at a given line: a name line followed by affiliation lines,
/// name and affiliation on one line (either order, separated by a space, a comma, a colon or brackets), or
/// affiliation lines followed by the name line.
/// </summary>
internal sealed partial class SpeakerHeaderParser
{
    private const int MaxAffiliationLines = 3;
    private const int MaxHeaderLineLength = 120;

    private const int MaxGluedNameLength = 4;

    private readonly PersonNameRecognizer _names = new();
    private readonly AffiliationRecognizer _affiliations = new();
    private readonly IReadOnlyList<IEntityRecognizer> _affiliationStarts;

    public SpeakerHeaderParser()
        : this([])
    {
    }

    /// <param name="affiliationStarts">Recognisers of organisations and places, which tell where an affiliation begins
    /// when a PDF has glued it to the name ("康蔼黎野生生物保护协会区域策略主任").</param>
    public SpeakerHeaderParser(IReadOnlyList<IEntityRecognizer> affiliationStarts)
    {
        ArgumentNullException.ThrowIfNull(affiliationStarts);
        _affiliationStarts = affiliationStarts;
    }

    public SpeakerHeader? TryParse(IReadOnlyList<DocumentLine> lines, int index, Func<int, bool> isUsable)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(isUsable);
        var text = Plain(lines[index]);
        if (text.Length > MaxHeaderLineLength || IsMinutesField(text))
        {
            return null;
        }

        if (AsName(text) is { } name)
        {
            var last = AffiliationRun(lines, index + 1, isUsable);
            var affiliation = last > index ? JoinAffiliation(lines, index + 1, last) : null;
            return new SpeakerHeader(name, affiliation, index, last);
        }

        if (SplitOneLine(text) is { } pair)
        {
            // The affiliation may still go on below: "康蔼黎 野生生物保护协会/" + "区域策略主任".
            // …or the organisation is on the name's line and the title below: "塔妮娅·苏万 某部" + "水资源司司长".
            var last = Math.Max(AffiliationContinuation(lines, index, isUsable), AffiliationRun(lines, index + 1, isUsable));
            var affiliation = last > index ? pair.Affiliation + Joiner(pair.Affiliation, Plain(lines[index + 1])) + JoinAffiliation(lines, index + 1, last) : pair.Affiliation;
            return new SpeakerHeader(pair.Name, affiliation, index, last);
        }

        return TryAffiliationFirst(lines, index, isUsable);
    }

    /// <summary>
    /// A header that shares its line with the statement, "王建国（某大学教授）：…" or "Jane Doe, Director, X: …";
    /// returns the header and where the statement starts in the line.
    /// </summary>
    public (SpeakerHeader Header, int StatementOffset)? TryParseInline(IReadOnlyList<DocumentLine> lines, int index)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var match = InlineHeader().Match(lines[index].Text);
        if (!match.Success)
        {
            return null;
        }

        // "X, director of Y, said: “…”" is a quotation reported in news, not a speaker header.
        var head = Decoration().Replace(Emphasis().Replace(match.Groups["head"].Value, string.Empty), string.Empty).Trim();
        var offset = match.Groups["rest"].Index;
        if (ReportingVerb().IsMatch(head) || "“\"「『‘'".Contains(lines[index].Text[offset]))
        {
            return null;
        }

        if (SplitOneLine(head) is { } pair)
        {
            return (new SpeakerHeader(pair.Name, pair.Affiliation, index, index), offset);
        }

        return AsName(head) is { } name ? (new SpeakerHeader(name, null, index, index), offset) : null;
    }

    /// <summary>A bare name with honorifics removed, normalised, or null.</summary>
    public string? AsName(string text)
    {
        var bare = AttachedCourtesy().Replace(Honorific().Replace(text.Trim(), string.Empty).Trim(), string.Empty);
        return bare.Length == 0 ? null : _names.AsName(bare);
    }

    private SpeakerHeader? TryAffiliationFirst(IReadOnlyList<DocumentLine> lines, int index, Func<int, bool> isUsable)
    {
        if (!_affiliations.IsAffiliation(Plain(lines[index])) && !AffiliationRecognizer.ContinuesOnNextLine(Plain(lines[index])))
        {
            return null;
        }

        for (var nameLine = index + 1; nameLine <= index + MaxAffiliationLines && nameLine < lines.Count && isUsable(nameLine); nameLine++)
        {
            if (AsName(Plain(lines[nameLine])) is { } name)
            {
                var affiliationLast = nameLine - 1;
                if (!_affiliations.IsAffiliation(Plain(lines[affiliationLast])))
                {
                    return null;
                }

                return new SpeakerHeader(name, JoinAffiliation(lines, index, affiliationLast), index, nameLine);
            }

            if (!IsHeaderish(Plain(lines[nameLine])))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The last line of the affiliation that starts at <paramref name="first"/>, or first - 1 when there is none.</summary>
    private int AffiliationRun(IReadOnlyList<DocumentLine> lines, int first, Func<int, bool> isUsable)
    {
        var best = first - 1;
        for (var j = first; j < first + MaxAffiliationLines && j < lines.Count && isUsable(j); j++)
        {
            var text = Plain(lines[j]);
            if (!IsHeaderish(text) || AsName(text) is not null || HasRoleLabel(lines[j]) || IsMinutesField(text))
            {
                break;
            }

            var continued = j > first && AffiliationRecognizer.ContinuesOnNextLine(Plain(lines[j - 1]));
            if (_affiliations.IsAffiliation(text) || (continued && text.Length <= 40))
            {
                best = j;
            }
            else if (!AffiliationRecognizer.ContinuesOnNextLine(text) && best < j - 1)
            {
                break;
            }
        }

        return best;
    }

    private int AffiliationContinuation(IReadOnlyList<DocumentLine> lines, int index, Func<int, bool> isUsable)
    {
        var last = index;
        while (last + 1 < lines.Count && last - index < MaxAffiliationLines && isUsable(last + 1)
               && AffiliationRecognizer.ContinuesOnNextLine(Plain(lines[last])) && IsHeaderish(Plain(lines[last + 1]))
               && !HasRoleLabel(lines[last + 1]) && !IsMinutesField(Plain(lines[last + 1])))
        {
            last++;
        }

        return last;
    }

    private (string Name, string Affiliation)? SplitOneLine(string text)
    {
        var bracketed = BracketedAffiliation().Match(text);
        if (bracketed.Success && AsName(bracketed.Groups["name"].Value) is { } bracketName)
        {
            return (bracketName, bracketed.Groups["aff"].Value.Trim());
        }

        var separated = SeparatorSplit().Match(text);
        if (separated.Success)
        {
            var left = separated.Groups["left"].Value.Trim();
            var right = separated.Groups["right"].Value.Trim();
            if (AsName(left) is { } leftName && _affiliations.IsAffiliation(right))
            {
                return (leftName, right);
            }

            if (AsName(right) is { } rightName && _affiliations.IsAffiliation(left))
            {
                return (rightName, left);
            }
        }

        if (GluedSplit(text) is { } glued)
        {
            return glued;
        }

        var tokens = text.Split([' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        for (var k = 1; k < tokens.Length && k <= 4; k++)
        {
            var head = string.Join(' ', tokens[..k]);
            var tail = string.Join(' ', tokens[k..]);
            if (AsName(head) is { } name && _affiliations.IsAffiliation(tail))
            {
                return (name, tail);
            }

            head = string.Join(' ', tokens[..^k]);
            tail = string.Join(' ', tokens[^k..]);
            if (AsName(tail) is { } reversedName && _affiliations.IsAffiliation(head))
            {
                return (reversedName, head);
            }
        }

        return null;
    }

    /// <summary>A Chinese name glued to its affiliation: split where a known organisation or place begins, right after a name.</summary>
    private (string Name, string Affiliation)? GluedSplit(string text)
    {
        if (_affiliationStarts.Count == 0 || text.Length < 6 || text.Contains(' ') || !HanCharacters.ContainsHan(text[..2]))
        {
            return null;
        }

        var starts = _affiliationStarts.SelectMany(r => r.Find(text)).Select(m => m.Start)
            .Where(k => k is >= 2 and <= MaxGluedNameLength).Distinct().Order();
        foreach (var k in starts)
        {
            if (AsName(text[..k]) is { } name && _affiliations.IsAffiliation(text[k..]))
            {
                return (name, text[k..]);
            }
        }

        return null;
    }

    private static string JoinAffiliation(IReadOnlyList<DocumentLine> lines, int first, int last)
    {
        var result = Plain(lines[first]);
        for (var j = first + 1; j <= last; j++)
        {
            result += Joiner(result, Plain(lines[j])) + Plain(lines[j]);
        }

        return result;
    }

    // Chinese lines join without a space (a line break inside an organisation name is layout, not content).
    private static string Joiner(string before, string after)
    {
        if (before.Length == 0 || after.Length == 0)
        {
            return string.Empty;
        }

        var a = before[^1];
        var b = after[0];
        return IsLatinOrDigit(a) || IsLatinOrDigit(b) || a is ',' or ';' ? " " : string.Empty;
    }

    /// <summary>The line without list numbering, role labels or emphasis marks ("1. ", "（2）", "• ", "发言人：", "Speaker:", "**…**"),
    /// which decorate headers but are not part of them.</summary>
    /// A courtesy title after the name ("李楠 女士", "Pralong Dumrongthai 博士") is dropped too.
    internal static string Plain(DocumentLine line) =>
        TrailingCourtesy().Replace(Decoration().Replace(Emphasis().Replace(line.Text, string.Empty), string.Empty).Trim(), string.Empty);

    /// <summary>True when the line introduces its speaker with a role label (发言人：, 主讲人：, Speaker:), as minutes and
    /// programmes do: an explicit statement that a person speaks, which headings and references never make.</summary>
    internal static bool HasRoleLabel(DocumentLine line) => RoleLabel().IsMatch(Emphasis().Replace(line.Text, string.Empty));

    // "Chair: Anna Lee", "主持人：高峰", "Attendees: …" are the minutes' own fields: the chair runs the meeting, and the
    // field lines are no one's affiliation.
    private static bool IsMinutesField(string text) => MinutesField().IsMatch(text);

    private static bool IsLatinOrDigit(char c) => c < 0x2E80 && char.IsLetterOrDigit(c);

    private static bool IsHeaderish(string text) =>
        text.Length <= MaxHeaderLineLength && !SentenceMark().IsMatch(text);

    [GeneratedRegex(@"^(?:\d{1,2}\s*[.、．)）]\s*|[（(]\d{1,2}[)）]\s*|[•●▪■◆◇○\-–*]\s+)?(?:(?:发言人|主讲人|发言嘉宾|嘉宾|发言专家|报告人|分享人|Speaker|Panell?ist|Presenter|Discussant)\s*[:：]\s*)?", RegexOptions.IgnoreCase)]
    private static partial Regex Decoration();

    [GeneratedRegex(@"^(?:\d{1,2}\s*[.、．)）]\s*|[（(]\d{1,2}[)）]\s*|[•●▪■◆◇○\-–*]\s+)?(?:发言人|主讲人|发言嘉宾|嘉宾|发言专家|报告人|分享人|Speaker|Panell?ist|Presenter|Discussant)\s*[:：]\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex RoleLabel();

    [GeneratedRegex(@"^(?:主持人|主持|会议主持|时间|地点|日期|会议时间|会议地点|参会人员|与会人员|参会单位|出席人员|列席人员|记录人|记录|议题|议程|Chair(?:person|ed by)?|Co-?chairs?|Moderator|Facilitator|Date|Time|Venue|Location|Attendees|Participants|Present|Apologies|Agenda|Minutes(?: taken by)?|Note-?taker|Rapporteur)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesField();

    [GeneratedRegex(@"^(?<head>[^：:。！？；;]{2,100}?)\s*[：:]\s*(?<rest>\S.*)$")]
    private static partial Regex InlineHeader();

    [GeneratedRegex(@"\b(?:said|says|say|stated|states|noted|notes|added|adds|explained|explains|told|tells|asked|argued|argues|commented|remarked)\b|表示|说|指出|认为|介绍|强调|提到|谈到|称", RegexOptions.IgnoreCase)]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"\*\*|__")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"[。！？；]|[.!?;]\s*$|，.*，")]
    private static partial Regex SentenceMark();

    [GeneratedRegex(@"^(?<name>[^（(]{2,40})[（(](?<aff>.{2,80})[）)]\s*[:：]?$")]
    private static partial Regex BracketedAffiliation();

    [GeneratedRegex(@"^(?<left>[^,，:：|｜]+?)\s*(?:[,，:：|｜]|\s[-–—]\s)\s*(?<right>.+)$")]
    private static partial Regex SeparatorSplit();

    [GeneratedRegex(@"\s+(?:女士|先生|博士|阁下)$")]
    private static partial Regex TrailingCourtesy();

    // "李楠女士": the courtesy title written onto a short Chinese name.
    [GeneratedRegex(@"(?<=^\p{IsCJKUnifiedIdeographs}{2,4})(?:女士|先生)$")]
    private static partial Regex AttachedCourtesy();

    [GeneratedRegex(@"^(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs|Mx|Sir|Dame|H\.?E)\.?\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Honorific();
}
