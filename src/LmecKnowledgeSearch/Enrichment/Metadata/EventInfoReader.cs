using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Enrichment.Metadata;

/// <summary>
/// Reads the event a briefing reports on from its event paragraph ("2022年4月21日，由…主办的…圆桌对话…在京召开。
/// …近300人参加了会议。"): the event's name, date, place and number of participants.
/// </summary>
public sealed partial class EventInfoReader
{
    private static readonly Dictionary<string, string> CityAbbreviations = new(StringComparer.Ordinal)
    {
        ["京"] = "北京", ["沪"] = "上海", ["津"] = "天津", ["渝"] = "重庆", ["穗"] = "广州", ["蓉"] = "成都",
        ["邕"] = "南宁", ["昆"] = "昆明", ["杭"] = "杭州", ["宁"] = "南京", ["汉"] = "武汉", ["深"] = "深圳",
        ["港"] = "香港", ["澳"] = "澳门", ["厦"] = "厦门", ["榕"] = "福州", ["筑"] = "贵阳", ["邕城"] = "南宁",
    };

    private static readonly HashSet<string> MonthWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "The",
    };

    private readonly DateTextParser _dates = new();

    /// <summary>True when the paragraph reports an event: it has a date and says a meeting took place.</summary>
    public bool IsEventParagraph(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return (_dates.FindAll(paragraph).Count > 0 || ChineseMonthDay().IsMatch(paragraph)) && EventVerb().IsMatch(paragraph);
    }

    /// <summary>The event described by <paramref name="paragraph"/>; <paramref name="yearHint"/> completes dates
    /// printed without a year ("4月21日").</summary>
    public EventInfo Read(string paragraph, int? yearHint = null)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var date = _dates.FindFirst(paragraph) ?? (yearHint is { } year ? _dates.FindMonthDay(paragraph, year) : null);
        return new EventInfo(FindName(paragraph), date, FindPlace(paragraph), FindParticipants(paragraph), paragraph);
    }

    private static string? FindName(string paragraph)
    {
        var quoted = QuotedTitle().Match(paragraph);
        if (quoted.Success)
        {
            return quoted.Groups["name"].Value.Trim();
        }

        // The organiser clause ("…主办的X论坛") delimits the name best; a clause boundary is the fallback.
        foreach (var pattern in new[] { OrganisedEventName(), ClauseEventName() })
        {
            var chinese = pattern.Match(paragraph);
            if (chinese.Success)
            {
                return chinese.Groups["name"].Value.Trim();
            }
        }

        var english = EnglishEventName().Match(paragraph);
        return english.Success ? LeadingArticle().Replace(english.Groups["name"].Value.Trim(), string.Empty) : null;
    }

    private static string? FindPlace(string paragraph)
    {
        var chinese = ChinesePlace().Match(paragraph);
        if (chinese.Success)
        {
            var place = chinese.Groups["place"].Value;
            if (place is "线上" or "线下" or "网上" or "云端" or "线上线下")
            {
                return null;
            }

            return CityAbbreviations.TryGetValue(place, out var city) ? city : place;
        }

        foreach (Match english in EnglishPlace().Matches(paragraph))
        {
            var place = english.Groups["place"].Value.Trim().TrimEnd(',');
            if (!MonthWords.Contains(place.Split(' ', ',')[0]))
            {
                return place;
            }
        }

        return null;
    }

    private static int? FindParticipants(string paragraph)
    {
        var chinese = ChineseParticipants().Match(paragraph);
        if (chinese.Success)
        {
            var n = DateTextParser.ParseNumber(chinese.Groups["n"].Value);
            return n > 0 ? n : null;
        }

        var english = EnglishParticipants().Match(paragraph);
        if (english.Success && int.TryParse(english.Groups["n"].Value.Replace(",", string.Empty), out var count))
        {
            return count;
        }

        return null;
    }

    [GeneratedRegex(@"召开|举办|举行|开幕|闭幕|会议|论坛|研讨会|座谈会|对话|峰会|培训|工作坊|\b(?:held|hosted|convened|organi[sz]ed|took place|meeting|workshop|forum|dialogue|conference|webinar|seminar|symposium|summit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EventVerb();

    [GeneratedRegex(@"(?<![\d年])\d{1,2}\s*月\s*\d{1,2}\s*日")]
    private static partial Regex ChineseMonthDay();

    [GeneratedRegex(@"《(?<name>[^》]{2,60})》")]
    private static partial Regex QuotedTitle();

    private const string EventWords = "圆桌对话会?|圆桌会议?|高级别对话|对话会|研讨会|座谈会|交流会|论坛|峰会|年会|大会|工作坊|培训班|会议|对话|博览会";

    // "…主办的绿色澜湄计划：绿色低碳与可持续基础设施圆桌对话以…" – the name runs from the organiser clause to the event word.
    [GeneratedRegex(@"(?:主办的|承办的|举办的|举行的|召开的|组织的|支持的|联合举办了?|联合主办了?|召开了?|举办了?|举行了?)(?<name>[^，。；、“”（）()]{2,60}?(?:" + EventWords + "))")]
    private static partial Regex OrganisedEventName();

    [GeneratedRegex(@"(?:^|[，。；、])(?<name>[^，。；、“”（）()]{2,60}?(?:" + EventWords + "))")]
    private static partial Regex ClauseEventName();

    [GeneratedRegex(@"(?<name>(?:the\s+)?(?:[A-Z][\w'’&\-]*\s+(?:(?:on|of|for|and|the|in|to|&)\s+)*){1,12}(?:Forum|Dialogue|Workshop|Conference|Meeting|Symposium|Summit|Webinar|Roundtable|Round Table|Seminar|Consultation)\b(?:\s+(?:on|for|of)(?:\s+(?:[A-Z][\w'’\-]*|and|of|for|the|&))+)?)")]
    private static partial Regex EnglishEventName();

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"(?:在|于)(?<place>[\p{IsCJKUnifiedIdeographs}]{1,8}?)(?:召开|举行|举办|开幕|闭幕|成功召开|隆重召开|顺利召开)")]
    private static partial Regex ChinesePlace();

    [GeneratedRegex(@"\b(?:held|hosted|convened|organi[sz]ed|took place|met)\b[^.;]{0,80}?\bin\s+(?<place>[A-Z][\w'’\-]+(?:[ ,]+[A-Z][\w'’\-]+){0,2})")]
    private static partial Regex EnglishPlace();

    [GeneratedRegex(@"(?:近|约|逾|超过|共|共有|计|累计|达|有)?\s*(?<n>\d{1,6}|[一二三四五六七八九十百千]+)\s*(?:余|多)?\s*(?:名|位|人)(?:次)?(?:[^，。；]{0,12})?(?:参加|出席|参会|与会|参与|线上参会|到会)")]
    private static partial Regex ChineseParticipants();

    [GeneratedRegex(@"(?:nearly|about|around|over|more than|some|almost|approximately)?\s*\b(?<n>\d{1,3}(?:,\d{3})*|\d+)\s+(?:\w+\s+){0,2}?(?:participants|people|attendees|delegates|representatives|experts|stakeholders)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishParticipants();
}
