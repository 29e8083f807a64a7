using LmecKnowledgeSearch.Enrichment.Places;

namespace LmecKnowledgeSearch.Enrichment.Organisations;

/// <summary>
/// Unknown Chinese organisations recognised by their suffix (…研究院, …基金会, …生态环境厅). The name's start is the
/// hard part without a segmenter, so the prefix is bounded: it stops at punctuation, digits, particles and verbs
/// (在/由/通过/参加…), and at the end of a known company or NGO; it starts at a known place or parent body inside that
/// reach when there is one (云南省|林业和草原科学院, 生态环境部|…中心). Suffixes that are also common words (中心, 局, 部)
/// are only believed with such an anchor.
/// </summary>
internal static class ChineseOrganisationForms
{
    private const int MaxPrefix = 20;

    // -1 = needs an anchor (a known place or parent organisation, or 国家/国际/联合国… at its start).
    private static readonly SuffixRule[] Rules =
    [
        new("股份有限公司", 2, ""), new("有限责任公司", 2, ""), new("有限公司", 2, ""), new("公司", 3, ""),
        new("集团", 3, ""), new("基金会", 2, ""), new("研究所", 2, ""), new("研究院", 2, ""), new("科学院", 2, ""),
        new("研究中心", 2, ""), new("协会", 3, ""), new("联合会", 3, ""), new("促进会", 3, ""), new("商会", 3, ""),
        new("大学", 2, "生城里"), new("学院", 3, "派士"), new("实验室", 3, ""), new("委员会", 3, "委"),
        new("学会", -1, "了"), new("代表处", -1, ""), new("办事处", -1, ""), new("办公室", -1, "主"), new("秘书处", -1, ""),
        new("联盟", -1, ""), new("中心", -1, "城区任思地点化词线主", "市城镇村区为"),
        new("局", -1, "长面部势限", "全大格布结当邮赌骗开政时僵终变新厅部院所会司处署局"),
        new("厅", -1, "长级", "大客餐展舞门厅部院所会司处署局"),
        new("部", -1, "门分长署位落队件委属下", "东西南北中内外全局底头腹总干本各上下前后顶背胸面厅部院所会司处署"),
        new("署", -1, "长名", "签部厅院所会司处署局"),
    ];

    // Most characters start no suffix; checking the first one keeps the scan linear and cheap.
    private static readonly HashSet<char> SuffixStarts = Rules.Select(r => r.Suffix[0]).ToHashSet();

    private const string BadLastPrefixCharsForCompany = "子母分总该本市";

    // Words that open a clause rather than a name; they are trimmed from the front of a guessed name (获取|研究所, 鼓励|…公司).
    private static readonly string[] LeadingClauseWords =
    [
        "获取", "鼓励", "相关", "培育", "建设", "推动", "支持", "设立", "成立", "组建", "依托", "发展", "加强", "引导", "例如",
        "如", "包括", "其中", "一批", "示范性", "示范", "各类", "一些", "多家", "这些", "一家", "一个", "现代", "未来", "新建",
        "筹建", "打造", "建立", "创建", "联合", "委托", "牵头", "协调", "向", "对", "为", "与", "和", "及",
    ];

    private const string HardDelimiters = "在由的了是被把将向从为以于给让使据曾已也又还就而但即并或等该这那此其各每我你他她它";
    private const string SoftDelimiters = "和与及、";

    private static readonly string[] StopWords =
    [
        "通过", "来自", "参加", "参与", "举办", "主办", "承办", "指导", "支持", "开展", "邀请", "成立", "包括", "作为", "根据",
        "依托", "携手", "会同", "召开", "发布", "启动", "实施", "推动", "组织了", "联合国内", "介绍", "表示", "指出", "认为",
        "担任", "任职", "就职", "加入", "访问", "合作伙伴", "专家", "代表", "主任", "经理", "研究员", "考上", "考入", "达到", "联系",
        "督促", "负责", "是否",
    ];

    private static readonly string[] InstitutionStarts = ["国家", "全国", "联合国", "国际", "世界", "亚洲", "中华", "中央", "国务院", "亚太"];

    public static IEnumerable<TextSpan> Find(string text, IReadOnlyList<NameMatch<PlaceEntry>> placeHits, IReadOnlyList<NameMatch<KnownName>> orgHits)
    {
        var placeStarts = new HashSet<int>(placeHits.Select(h => h.Start));
        var orgByEnd = new Dictionary<int, NameMatch<KnownName>>();
        var orgEnds = new HashSet<int>();
        foreach (var hit in orgHits)
        {
            orgByEnd.TryAdd(hit.End, hit);
            orgEnds.Add(hit.End);
        }

        for (var i = 1; i < text.Length; i++)
        {
            if (!SuffixStarts.Contains(text[i]))
            {
                continue;
            }

            foreach (var rule in Rules)
            {
                if (string.CompareOrdinal(text, i, rule.Suffix, 0, rule.Suffix.Length) != 0)
                {
                    continue;
                }

                var end = i + rule.Suffix.Length;
                if (end < text.Length && rule.BadFollowers.Contains(text[end]))
                {
                    break;
                }

                // The registry already names what ends here (保护国际基金会); a longer guess would only add noise.
                if (!orgEnds.Contains(end) && Prefix(text, i, rule, placeStarts, orgByEnd) is { } start)
                {
                    yield return new TextSpan(start, end - start);
                }

                break;
            }
        }
    }

    /// <summary>True when a name ending at <paramref name="end"/> in 部/局/厅/署 is really part of a longer word (生态环境部门, 局长).</summary>
    public static bool ContinuesAsWord(string text, int end)
    {
        if (end <= 0 || end >= text.Length)
        {
            return false;
        }

        var next = text[end];
        return text[end - 1] switch
        {
            '部' => "门分长署位落队件委属下".Contains(next),
            '局' => "长面部势限".Contains(next),
            '厅' => "长级".Contains(next),
            '署' => "长名".Contains(next),
            _ => false,
        };
    }

    private static int? Prefix(string text, int suffixStart, SuffixRule rule, HashSet<int> placeStarts, Dictionary<int, NameMatch<KnownName>> orgByEnd)
    {
        var windowStart = suffixStart;
        int? parentStart = null;
        for (var k = suffixStart - 1; k >= 0 && suffixStart - k <= MaxPrefix; k--)
        {
            if (orgByEnd.TryGetValue(k + 1, out var before))
            {
                if (before.Value.Entry.IsParentOfSubUnits && !before.Value.IsAcronym)
                {
                    parentStart = before.Start;
                }

                break;
            }

            var c = text[k];
            var isLatin = c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
            if ((!HanCharacters.IsHan(c) && !isLatin) || HardDelimiters.Contains(c) || EndsWithStopWord(text, k + 1))
            {
                break;
            }

            // "黑龙江省林业厅及洪河…管理局", "环境保护部与国家旅游局": a list of organisations, not one name.
            if (SoftDelimiters.Contains(c) && EndsWithOrganisationSuffix(text, k))
            {
                break;
            }

            windowStart = k;
        }

        int start;
        bool anchored;
        if (parentStart is { } parent)
        {
            start = parent;
            anchored = true;
        }
        else
        {
            windowStart = SkipLeadingClauseWords(text, windowStart, suffixStart);
            if (suffixStart - windowStart < 1)
            {
                return null;
            }

            int? anchor = null;
            for (var p = windowStart; p < suffixStart; p++)
            {
                if (placeStarts.Contains(p) || (p == windowStart && StartsWithAny(text, p, InstitutionStarts)))
                {
                    anchor = p;
                    break;
                }
            }

            start = anchor ?? AfterLastSoftDelimiter(text, windowStart, suffixStart);
            anchored = anchor is not null;
            if (anchored && IsOnlyPlace(text, start, suffixStart, placeStarts) && rule.MinPrefixWithoutAnchor < 0 && rule.Suffix.Length == 1)
            {
                return null;
            }
        }

        var prefixLength = suffixStart - start;
        var lastPrefixChar = text[suffixStart - 1];
        if (!anchored && (rule.MinPrefixWithoutAnchor < 0 || prefixLength < rule.MinPrefixWithoutAnchor))
        {
            return null;
        }

        if (prefixLength < 2
            || rule.BadLastPrefixChars.Contains(lastPrefixChar)
            || (rule.Suffix.EndsWith("公司", StringComparison.Ordinal) && BadLastPrefixCharsForCompany.Contains(lastPrefixChar)))
        {
            return null;
        }

        return start;
    }

    // 云南部 / 广西局 are not names: a one-character suffix needs more than a bare place before it.
    private static bool IsOnlyPlace(string text, int start, int suffixStart, HashSet<int> placeStarts) =>
        suffixStart - start <= 3 && !placeStarts.Contains(suffixStart);

    private static bool EndsWithOrganisationSuffix(string text, int end)
    {
        foreach (var rule in Rules)
        {
            if (end >= rule.Suffix.Length && string.CompareOrdinal(text, end - rule.Suffix.Length, rule.Suffix, 0, rule.Suffix.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipLeadingClauseWords(string text, int start, int suffixStart)
    {
        var moved = true;
        while (moved)
        {
            moved = false;
            foreach (var word in LeadingClauseWords)
            {
                if (suffixStart - start >= word.Length && string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
                {
                    start += word.Length;
                    moved = true;
                    break;
                }
            }
        }

        return start;
    }

    private static int AfterLastSoftDelimiter(string text, int windowStart, int suffixStart)
    {
        for (var p = suffixStart - 1; p >= windowStart; p--)
        {
            if (SoftDelimiters.Contains(text[p]))
            {
                return p + 1;
            }
        }

        return windowStart;
    }

    private static bool EndsWithStopWord(string text, int end)
    {
        foreach (var word in StopWords)
        {
            if (end >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAny(string text, int position, string[] words)
    {
        foreach (var word in words)
        {
            if (string.CompareOrdinal(text, position, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A suffix rule. A prefix ending in one of <paramref name="BadLastPrefixChars"/> makes a common word, not a name
    /// (西部, 全局, 大厅, 签署, 市中心); one followed by <paramref name="BadFollowers"/> is part of a longer word (部门, 中心城区).
    /// </summary>
    private sealed record SuffixRule(string Suffix, int MinPrefixWithoutAnchor, string BadFollowers, string BadLastPrefixChars = "");
}
