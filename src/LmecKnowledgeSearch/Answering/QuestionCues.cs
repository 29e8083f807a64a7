using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Answering;

/// <summary>The words that reveal a question's type, in Chinese and English, checked in a fixed order.</summary>
internal static partial class QuestionCues
{
    // Order matters: "谁主办" asks for an organisation, "几月" for a date, "在哪" before the bare "在".
    private static readonly (QuestionType Type, string[] Chinese, Regex English)[] Cues =
    [
        (QuestionType.Organisation,
            ["哪个机构", "哪些机构", "哪家", "哪个组织", "哪些组织", "什么机构", "什么组织", "哪个单位", "哪些单位", "哪个部门", "哪些部门",
             "哪个公司", "哪些公司", "哪个企业", "哪些企业", "什么单位", "主办方", "承办方", "主办", "承办", "牵头"],
            OrganisationPattern()),
        (QuestionType.Date,
            ["何时", "什么时候", "哪一年", "哪年", "哪一天", "哪天", "几月", "几号", "几日", "哪个月", "什么时间", "何年", "日期", "时间是", "哪个时间"],
            DatePattern()),
        (QuestionType.Place,
            ["哪里", "在哪", "何地", "何处", "哪儿", "哪个国家", "哪些国家", "哪个省", "哪些省", "哪个地区", "哪些地区", "什么地方", "哪个城市",
             "哪些城市", "哪个流域", "什么地点", "哪个地方", "哪些地方", "地点"],
            PlacePattern()),
        (QuestionType.Quantity,
            ["多少", "多大", "多长", "多高", "多远", "多重", "多久", "比例", "几"],
            QuantityPattern()),
        (QuestionType.Person,
            ["谁", "哪位专家", "哪位嘉宾", "哪位学者", "哪位代表", "哪位领导", "哪位", "哪些专家", "哪个专家", "哪些人", "什么人", "哪些代表", "哪些嘉宾"],
            PersonPattern()),
    ];

    /// <summary>Question words to drop from content terms, longest first so longer cues win.</summary>
    public static readonly IReadOnlyList<string> ChineseQuestionWords =
        Cues.SelectMany(cue => cue.Chinese)
            .Concat(["请问", "什么", "哪些", "哪个", "哪", "如何", "怎样", "怎么", "为什么", "为何", "是否", "有没有", "吗", "呢", "是多少", "多少", "几"])
            .Where(word => word is not ("主办" or "承办" or "牵头" or "比例" or "日期" or "地点"))
            .Distinct()
            .OrderByDescending(word => word.Length)
            .ToArray();

    /// <summary>English words that only make the question a question.</summary>
    public static readonly FrozenSet<string> EnglishQuestionWords = new[]
    {
        "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "many", "much", "date", "year", "day",
        "month", "time", "number", "expert", "person", "organisation", "organization", "country", "place", "location",
        "amount", "percentage", "proportion", "did", "does", "do",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static QuestionType Classify(string question)
    {
        foreach (var (type, chinese, english) in Cues)
        {
            if (chinese.Any(cue => ContainsCue(question, cue)) || english.IsMatch(question))
            {
                return type;
            }
        }

        return QuestionType.Description;
    }

    private static bool ContainsCue(string question, string cue)
    {
        // "几乎" (almost) and "几个月" are not a count; the latter is caught by the date cues only when asked as 几月.
        var index = question.IndexOf(cue, StringComparison.Ordinal);
        while (index >= 0)
        {
            var after = index + cue.Length < question.Length ? question[index + cue.Length] : '\0';
            if (!(cue == "几" && after == '乎'))
            {
                return true;
            }

            index = question.IndexOf(cue, index + 1, StringComparison.Ordinal);
        }

        return false;
    }

    [GeneratedRegex(@"\b(which|what)\s+(organi[sz]ations?|agenc(y|ies)|institutions?|institutes?|compan(y|ies)|ngos?|bod(y|ies)|ministr(y|ies)|departments?|groups?|universit(y|ies))\b|\bwho\s+(organi[sz]ed|hosted|sponsored|funded|co-organi[sz]ed|convened|ran|runs|implemented|implements|led|leads)\b|\borgani[sz]ed\s+by\s+(whom|which|what)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrganisationPattern();

    [GeneratedRegex(@"\bwhen\b|\b(what|which)\s+(date|year|month|day|time)\b|\bin\s+what\s+year\b|\bhow\s+long\s+ago\b", RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\bwhere\b|\b(what|which)\s+(countr(y|ies)|provinces?|regions?|cit(y|ies)|places?|locations?|basins?|sites?|villages?|districts?|areas?|parks?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlacePattern();

    [GeneratedRegex(@"\bhow\s+(many|much|large|long|big|far|high|deep|wide)\b|\b(what|which)\s+(number|percentage|proportion|share|amount|size|area)\b|\bthe\s+number\s+of\b|\b(what|which)\s+(is|was|are|were)\s+the\s+(total\s+|overall\s+|approximate\s+)?(number|area|size|length|population|amount|height|altitude|elevation|depth|budget|cost|value|percentage|proportion|share)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuantityPattern();

    [GeneratedRegex(@"\bwho\b|\bwhom\b|\b(which|what)\s+(experts?|persons?|people|speakers?|researchers?|officials?|scientists?|representatives?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonPattern();
}
