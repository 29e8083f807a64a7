using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Answering.Spans;

/// <summary>Recognises organisation names by their suffix (…基金会/…研究所/…中心/…局) and takes them out of affiliations.</summary>
public static partial class OrganisationNames
{
    private const int MaxNameLength = 24;

    // Characters that end a leftward scan for the start of a Chinese organisation name.
    private const string LeftStops = "在和与及的了是对从到于为由向将把被并或、，。；：:（）()“”\"'年月日 \n";

    /// <summary>The organisations named in an affiliation: "斯德哥尔摩环境研究所（SEI）高级研究员" -> 斯德哥尔摩环境研究所（SEI）.</summary>
    public static IReadOnlyList<string> FromAffiliation(string? affiliation)
    {
        if (string.IsNullOrWhiteSpace(affiliation))
        {
            return [];
        }

        var names = new List<string>();
        foreach (var part in affiliation.Split(['/', '／', '\n', ';', '；', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // The longest prefix that ends in an organisation word (and its bracketed acronym) is the organisation.
            var last = AffiliationSuffix().Matches(part).LastOrDefault();
            if (last is not null)
            {
                var end = last.Index + last.Length;
                var acronym = BracketedAcronym().Match(part, end);
                if (acronym.Success && acronym.Index == end)
                {
                    end += acronym.Length;
                }

                names.Add(part[..end]);
            }
            else if (EnglishOrganisation().Match(part) is { Success: true } english)
            {
                names.Add(english.Value.Trim());
            }
        }

        return names;
    }

    /// <summary>Names in <paramref name="sentence"/> ending in an organisation word, scanned leftwards to a stop character.</summary>
    public static IEnumerable<AnswerSpan> InSentence(string sentence, double quality)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        foreach (Match match in Suffix().Matches(sentence))
        {
            var start = match.Index;
            while (start > 0 && match.Index + match.Length - start < MaxNameLength && !LeftStops.Contains(sentence[start - 1]))
            {
                start--;
            }

            var end = match.Index + match.Length;
            if (end - start >= match.Length + 2)
            {
                yield return new AnswerSpan(sentence[start..end], start, end - start, quality);
            }
        }

        foreach (Match match in EnglishOrganisation().Matches(sentence))
        {
            yield return new AnswerSpan(match.Value.Trim(), match.Index, match.Value.Trim().Length, quality);
        }
    }

    [GeneratedRegex(@"基金会|协会|学会|研究所|研究院|研究中心|中心|委员会|办公室|代表处|秘书处|集团|有限公司|公司|大学|学院|银行|组织|联盟|政府|署(?!名)|局(?![面限势部])|厅(?!长)|部(?![分署长门])|部门|委(?![员托])|(?<![中之其我你他她它们])所(?![有在以谓获得属需用说做知见能作致示述])|院(?![士长])")]
    private static partial Regex Suffix();

    // In an affiliation a bare 会 ends a name (乐施会); in running text it is too often 会议/社会/机会.
    [GeneratedRegex(@"基金会|协会|学会|研究所|研究院|研究中心|中心|委员会|办公室|代表处|秘书处|集团|有限公司|公司|大学|学院|银行|组织|联盟|政府|署|局|厅|部门|部|委|所|院|会")]
    private static partial Regex AffiliationSuffix();

    [GeneratedRegex(@"\G[（(][A-Za-z&\- ]{2,12}[）)]")]
    private static partial Regex BracketedAcronym();

    [GeneratedRegex(@"\b(?:[A-Z][\w&\-]+\s+){0,5}(?:Institute|Foundation|Fund|Centre|Center|Commission|Ministry|Department|Agency|Association|Organi[sz]ation|University|Bank|Council|Programme|Program|Group|Network|Society|Company|Corporation|Union|Partnership|Alliance|Secretariat|Trust|Authority|Committee|Federation|Consortium)\b(?:\s+(?:of|for)(?:\s+(?:the\s+)?[A-Z][\w\-]+){1,4})?")]
    private static partial Regex EnglishOrganisation();
}
