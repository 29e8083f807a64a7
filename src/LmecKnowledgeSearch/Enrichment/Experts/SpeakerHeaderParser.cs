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

    private readonly PersonNameRecognizer _names = new();
    private readonly AffiliationRecognizer _affiliations = new();

    public SpeakerHeader? TryParse(IReadOnlyList<DocumentLine> lines, int index, Func<int, bool> isUsable)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(isUsable);
        var text = lines[index].Text;
        if (text.Length > MaxHeaderLineLength)
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
            var last = AffiliationContinuation(lines, index, isUsable);
            var affiliation = last > index ? pair.Affiliation + Joiner(pair.Affiliation, lines[index + 1].Text) + JoinAffiliation(lines, index + 1, last) : pair.Affiliation;
            return new SpeakerHeader(pair.Name, affiliation, index, last);
        }

        return TryAffiliationFirst(lines, index, isUsable);
    }

    /// <summary>A bare name with honorifics removed, normalised, or null.</summary>
    public string? AsName(string text)
    {
        var bare = Honorific().Replace(text.Trim(), string.Empty).Trim();
        return bare.Length == 0 ? null : _names.AsName(bare);
    }

    private SpeakerHeader? TryAffiliationFirst(IReadOnlyList<DocumentLine> lines, int index, Func<int, bool> isUsable)
    {
        if (!_affiliations.IsAffiliation(lines[index].Text) && !AffiliationRecognizer.ContinuesOnNextLine(lines[index].Text))
        {
            return null;
        }

        for (var nameLine = index + 1; nameLine <= index + MaxAffiliationLines && nameLine < lines.Count && isUsable(nameLine); nameLine++)
        {
            if (AsName(lines[nameLine].Text) is { } name)
            {
                var affiliationLast = nameLine - 1;
                if (!_affiliations.IsAffiliation(lines[affiliationLast].Text))
                {
                    return null;
                }

                return new SpeakerHeader(name, JoinAffiliation(lines, index, affiliationLast), index, nameLine);
            }

            if (!IsHeaderish(lines[nameLine].Text))
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
            var text = lines[j].Text;
            if (!IsHeaderish(text) || AsName(text) is not null)
            {
                break;
            }

            var continued = j > first && AffiliationRecognizer.ContinuesOnNextLine(lines[j - 1].Text);
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
               && AffiliationRecognizer.ContinuesOnNextLine(lines[last].Text) && IsHeaderish(lines[last + 1].Text))
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

    private static string JoinAffiliation(IReadOnlyList<DocumentLine> lines, int first, int last)
    {
        var result = lines[first].Text;
        for (var j = first + 1; j <= last; j++)
        {
            result += Joiner(result, lines[j].Text) + lines[j].Text;
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

    private static bool IsLatinOrDigit(char c) => c < 0x2E80 && char.IsLetterOrDigit(c);

    private static bool IsHeaderish(string text) =>
        text.Length <= MaxHeaderLineLength && !SentenceMark().IsMatch(text);

    [GeneratedRegex(@"[。！？；]|[.!?;]\s*$|，.*，")]
    private static partial Regex SentenceMark();

    [GeneratedRegex(@"^(?<name>[^（(]{2,40})[（(](?<aff>.{2,80})[）)]\s*[:：]?$")]
    private static partial Regex BracketedAffiliation();

    [GeneratedRegex(@"^(?<left>[^,，:：|｜]+?)\s*(?:[,，:：|｜]|\s[-–—]\s)\s*(?<right>.+)$")]
    private static partial Regex SeparatorSplit();

    [GeneratedRegex(@"^(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs|Mx|Sir|Dame|H\.?E)\.?\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Honorific();
}
