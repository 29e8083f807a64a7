using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Enrichment.Experts;

/// <summary>
/// Decides whether a short line names an organisation and/or a job title, the way a speaker's affiliation is printed
/// under (or beside) the name in a briefing.
/// </summary>
internal sealed partial class AffiliationRecognizer
{
    private static readonly string[] ChineseTitles =
    [
        "主任", "副主任", "经理", "研究员", "专家", "官员", "协调员", "代表", "主管", "教授", "博士", "调研员", "处长", "司长",
        "局长", "厅长", "部长", "副部长", "院长", "所长", "会长", "理事长", "秘书长", "主席", "总裁", "总监", "董事长", "董事",
        "总经理", "负责人", "顾问", "工程师", "讲师", "学者", "研究助理", "助理", "干事", "秘书", "大使", "参赞", "领事",
        "书记", "委员", "科长", "馆长", "站长", "队长", "组长", "创始人", "合伙人", "分析师", "规划师", "编辑", "记者",
        "首席", "项目官员", "联络员", "巡视员", "督导", "专员", "特聘", "研究生", "博士后", "副教授", "教师", "校长",
    ];

    private static readonly string[] ChineseOrganisations =
    [
        "中心", "研究所", "研究院", "基金会", "协会", "学会", "联合会", "促进会", "局", "厅", "部", "委员会", "委", "办公室",
        "代表处", "办事处", "公司", "集团", "大学", "学院", "联合国", "署", "组织", "机构", "银行", "科学院", "实验室",
        "研究中心", "秘书处", "联盟", "网络", "平台", "伙伴关系", "计划", "规划署", "开发署", "政府", "大使馆", "领事馆",
        "保护区", "国家公园", "管理处", "管理局", "站", "所", "院", "处", "司", "会", "社", "馆", "队", "厂", "场",
    ];

    private static readonly string[] LatinTitles =
    [
        "director", "officer", "researcher", "manager", "coordinator", "specialist", "advisor", "adviser", "professor",
        "fellow", "head", "chief", "representative", "lead", "leader", "expert", "consultant", "scientist", "minister",
        "secretary", "president", "chair", "chairman", "chairperson", "founder", "analyst", "engineer", "lecturer", "dean",
        "ambassador", "counsellor", "counselor", "associate", "executive", "ceo", "cto", "coo", "partner", "economist",
        "programme officer", "program officer", "deputy", "assistant", "postdoc", "phd", "candidate", "editor",
    ];

    private static readonly string[] LatinOrganisations =
    [
        "centre", "center", "institute", "foundation", "association", "society", "university", "ministry", "department",
        "agency", "office", "programme", "program", "commission", "council", "bank", "fund", "organization",
        "organisation", "network", "company", "group", "ltd", "inc", "secretariat", "partnership", "alliance", "unep",
        "undp", "unesco", "fao", "wwf", "iucn", "sei", "giz", "usaid", "adb", "mrc", "oxfam", "wcs", "college", "school",
        "academy", "laboratory", "lab", "embassy", "authority", "bureau", "corporation", "co.", "gmbh", "ngo", "un",
    ];

    private const int MaxHanLength = 60;
    // Ministry names with department and country run long: "Deputy Director General, Department of …, Ministry of … of Lao PDR".
    private const int MaxLatinLength = 130;

    /// <summary>True when <paramref name="line"/> reads as an affiliation: short, no sentence, and ends with an
    /// organisation word or a job title (Chinese) or contains one (English).</summary>
    public bool IsAffiliation(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (text.Length < 2 || SentenceEnd().IsMatch(text))
        {
            return false;
        }

        return HanCharacters.ContainsHan(text)
            ? text.Length <= MaxHanLength && IsChineseAffiliation(text)
            : text.Length <= MaxLatinLength && IsLatinAffiliation(text);
    }

    /// <summary>True when the line is cut after a slash or an opening separator, so the affiliation goes on below.</summary>
    public static bool ContinuesOnNextLine(string line) =>
        line.TrimEnd() is { Length: > 0 } t && t[^1] is '/' or '／' or '、' or '&' or '，' or ',' or '（' or '(' or '-' or '—';

    private static bool IsChineseAffiliation(string text)
    {
        // Prose fragments ("通过开展…") are long and punctuated; an affiliation is a noun phrase.
        if (text.Count(c => c is '，' or '；' or '。' or '！' or '？') > 0)
        {
            return false;
        }

        var core = TrailingNoise().Replace(text, string.Empty);
        if (core.Length == 0)
        {
            return false;
        }

        if (ChineseTitles.Any(core.EndsWith) || ChineseOrganisations.Where(o => o.Length >= 2 || core.Length <= 30).Any(core.EndsWith))
        {
            return true;
        }

        // "中心/" + next line, or an acronym at the end: "斯德哥尔摩环境研究所（SEI）".
        return ChineseOrganisations.Any(o => o.Length >= 2 && core.Contains(o, StringComparison.Ordinal)) && core.Length <= 40
            && (ContinuesOnNextLine(text) || EndsWithAcronym().IsMatch(core));
    }

    private static bool IsLatinAffiliation(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 16)
        {
            return false;
        }

        var lower = text.ToLowerInvariant();
        return LatinTitles.Concat(LatinOrganisations).Any(w => ContainsWord(lower, w)) || Profession().IsMatch(text);
    }

    private static bool ContainsWord(string lower, string word)
    {
        var index = lower.IndexOf(word, StringComparison.Ordinal);
        while (index >= 0)
        {
            var before = index == 0 || !char.IsLetter(lower[index - 1]);
            var after = index + word.Length >= lower.Length || !char.IsLetter(lower[index + word.Length]);
            if (before && after)
            {
                return true;
            }

            index = lower.IndexOf(word, index + 1, StringComparison.Ordinal);
        }

        return false;
    }

    // Hydrologist, Ecologist, Sociologist, Agronomist …: a profession named by its field.
    [GeneratedRegex(@"\b(?:Senior|Principal|Chief|Lead)?\s*[A-Z][a-z]+(?:ologist|onomist|icist|ographer)s?\b")]
    private static partial Regex Profession();

    [GeneratedRegex(@"[。！？!?；;]\s*$|[。！？]")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\s/／、&，,（(\-—]+$")]
    private static partial Regex TrailingNoise();

    [GeneratedRegex(@"[（(][A-Za-z&\- ]{2,12}[）)]$")]
    private static partial Regex EndsWithAcronym();
}
