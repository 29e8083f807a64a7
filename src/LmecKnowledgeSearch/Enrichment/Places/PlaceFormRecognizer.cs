namespace LmecKnowledgeSearch.Enrichment.Places;

/// <summary>
/// Recognises places missing from the gazetteer by their administrative form (…县, …自治州, …国家公园). Without a word
/// segmenter the start of an unknown name is only trusted when something marks it: a known place right before it
/// (云南省|勐海县, which also gives the country), or a delimiter (punctuation, 在/于/和/的 …) within a short reach.
/// </summary>
internal sealed class PlaceFormRecognizer
{
    private static readonly FormRule[] Rules =
    [
        new("国家级自然保护区", PlaceKind.ProtectedArea, 2, 5, AllowsLatin: true),
        new("省级自然保护区", PlaceKind.ProtectedArea, 2, 5, AllowsLatin: true),
        new("自然保护区", PlaceKind.ProtectedArea, 2, 5, AllowsLatin: true),
        new("国家公园", PlaceKind.ProtectedArea, 2, 5, AllowsLatin: true),
        new("湿地公园", PlaceKind.ProtectedArea, 2, 5, AllowsLatin: true),
        new("自治州", PlaceKind.Prefecture, 2, 10, AllowsLatin: false, China: true),
        new("自治县", PlaceKind.County, 2, 10, AllowsLatin: false, China: true),
        new("省", PlaceKind.Province, 2, 3, AllowsLatin: false),
        new("州", PlaceKind.Prefecture, 2, 3, AllowsLatin: false),
        new("县", PlaceKind.County, 2, 3, AllowsLatin: false),
        new("市", PlaceKind.City, 2, 3, AllowsLatin: false),
    ];

    private static readonly HashSet<char> SuffixStarts = Rules.Select(r => r.Suffix[0]).ToHashSet();

    // Characters that end a name on their left: prepositions, conjunctions and particles that rarely sit inside names.
    private const string Delimiters = "在于的和与及、从至到由向往赴对是为将把被了着过等以或并年月日";

    // A prefix ending in one of these makes a common word rather than a name (全省, 城市, 超市, 各县, 节省).
    private const string BadLastPrefixChars = "全各本外该节反每分两多数诸邻城都超股上门集夜花黑楼菜早省市县州区乡镇村其此某跨个";

    // A protected-area prefix holding one of these is a clause about protected areas, not a name (五个国家公园, 推动国家公园).
    private static readonly string[] ClauseMarks =
    [
        "个", "些", "有", "年", "各", "批", "类", "该", "其", "和", "是", "推动", "推进", "开展", "建设", "建立", "创建", "设立",
        "纳入", "减少", "制定", "完善", "加强", "管理", "保护", "整合", "规划", "未来", "进一步", "标准", "面积", "部分",
    ];

    // Verbs and quantifiers that head a clause about protected areas in general (建设国家公园, 各级自然保护区).
    private static readonly HashSet<string> BadProtectedAreaPrefixes =
    [
        "建设", "建立", "推进", "创建", "设立", "开展", "加强", "管理", "保护", "我国", "各类", "各级", "现有", "已有",
        "一个", "首批", "首个", "第一", "批准", "整合", "纳入", "规划", "体制", "试点", "国家", "这些", "相关", "其他", "所有",
    ];

    // Verbs and connectives that show an admin-form prefix is a clause (依托市…, 按照省…).
    private static readonly string[] AdminClauseWords = ["依托", "根据", "按照", "通过", "实施", "推进", "开展", "建设", "加强", "位于", "包括", "涉及", "来自", "其中", "全国", "各地", "确保", "实现"];

    // Protected areas are named after a landform (祁连山, 鄂陵湖, 洪河, 三江); anything else before 国家公园 is most often a clause.
    private const string LandformEndings = "山河江湖海岛林湾峰岭谷源沟峡滩泉池潭溪川坝岩洞洲渚礁";

    public IEnumerable<PlaceMention> Find(string text, IReadOnlyList<NameMatch<PlaceEntry>> known)
    {
        var knownEnds = new Dictionary<int, PlaceEntry>();
        var knownStarts = new Dictionary<int, PlaceEntry>();
        foreach (var hit in known)
        {
            knownEnds.TryAdd(hit.End, hit.Value);
            knownStarts.TryAdd(hit.Start, hit.Value);
        }

        for (var i = 0; i < text.Length; i++)
        {
            // Most characters start no suffix; checking the first one keeps the scan linear and cheap.
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

                if (rule.Suffix.Length == 1 && PlaceDesignations.ContinuesAsWord(text, i))
                {
                    break;
                }

                // The gazetteer already names what ends here (大熊猫国家公园, 苏州); a longer guess would only add noise.
                var found = knownEnds.ContainsKey(i + rule.Suffix.Length) ? null : Match(text, i, rule, knownEnds, knownStarts);
                if (found is not null)
                {
                    yield return found;
                }

                break;
            }
        }
    }

    private static PlaceMention? Match(string text, int suffixStart, FormRule rule, Dictionary<int, PlaceEntry> knownEnds, Dictionary<int, PlaceEntry> knownStarts)
    {
        var start = FindNameStart(text, suffixStart, rule, knownEnds, out var parent);
        if (start < 0)
        {
            return null;
        }

        if (parent is null && knownEnds.TryGetValue(start, out var before))
        {
            parent = before;
        }

        // A known place inside the reach starts the name (…东部|无量山自然保护区, 制定|三江源自然保护区).
        for (var p = start + 1; p < suffixStart - 1; p++)
        {
            if (knownStarts.ContainsKey(p) && parent is null)
            {
                start = p;
                break;
            }
        }

        var prefixLength = suffixStart - start;
        if (prefixLength < rule.MinPrefix || BadLastPrefixChars.Contains(text[suffixStart - 1]) && !TextFolding.IsLatinWordChar(text[suffixStart - 1]))
        {
            return null;
        }

        var prefix = text.Substring(start, prefixLength);
        if (rule.Kind != PlaceKind.ProtectedArea && AdminClauseWords.Any(w => prefix.Contains(w, StringComparison.Ordinal)))
        {
            return null;
        }

        if (rule.Kind == PlaceKind.ProtectedArea && !TextFolding.IsLatinWordChar(text[suffixStart - 1]) && !EndsWithLandform(text, start, suffixStart, parent))
        {
            return null;
        }

        if (rule.Kind == PlaceKind.ProtectedArea && prefixLength >= 2
            && (BadProtectedAreaPrefixes.Contains(text.Substring(start, 2)) || ClauseMarks.Any(m => text.AsSpan(start, prefixLength).Contains(m, StringComparison.Ordinal))))
        {
            return null;
        }

        var length = prefixLength + rule.Suffix.Length;
        var surface = text.Substring(start, length);
        var country = parent?.Country ?? (rule.China ? "中国" : null);
        return new PlaceMention(new EntityMention(surface.Trim(), surface, start, length, country), rule.Kind, null);
    }

    private static bool EndsWithLandform(string text, int start, int suffixStart, PlaceEntry? parent)
    {
        var last = text[suffixStart - 1];
        if (LandformEndings.Contains(last))
        {
            return true;
        }

        // 湿地 / 草原 end names too, but only two-character ones are safe.
        return suffixStart - start >= 3 && (text.AsSpan(suffixStart - 2, 2) is "湿地" or "草原" or "红树" or "森林") && parent is null;
    }

    private static int FindNameStart(string text, int suffixStart, FormRule rule, Dictionary<int, PlaceEntry> knownEnds, out PlaceEntry? parent)
    {
        parent = null;
        if (rule.AllowsLatin && suffixStart > 0 && (TextFolding.IsLatinWordChar(text[suffixStart - 1]) || text[suffixStart - 1] == ' '))
        {
            return LatinNameStart(text, suffixStart);
        }

        for (var k = suffixStart - 1; k >= 0 && suffixStart - k <= rule.MaxPrefix; k--)
        {
            var c = text[k];
            if (!HanCharacters.IsHan(c) || Delimiters.Contains(c))
            {
                return k + 1;
            }

            // Stop where a known place ends (云南省|勐海县): it bounds the name and gives its country. The suffix itself
            // ending a known name (西双版纳州) is left to the dictionary.
            if (knownEnds.TryGetValue(k, out var before) && k < suffixStart)
            {
                parent = before;
                return k;
            }
        }

        return suffixStart == 0 || suffixStart <= rule.MaxPrefix ? 0 : -1;
    }

    private static int LatinNameStart(string text, int suffixStart)
    {
        // Capitalised words only (Cat Tien, Phnom Kulen): at most four, so a clause of English is never taken.
        var end = suffixStart;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        var words = 0;
        while (start > 0 && words < 4)
        {
            var wordEnd = start;
            var wordStart = wordEnd;
            while (wordStart > 0 && (TextFolding.IsLatinWordChar(text[wordStart - 1]) || text[wordStart - 1] is '-' or '\''))
            {
                wordStart--;
            }

            if (wordStart == wordEnd || !char.IsUpper(text[wordStart]))
            {
                break;
            }

            start = wordStart;
            words++;
            if (start > 0 && text[start - 1] == ' ' && start > 1 && TextFolding.IsLatinWordChar(text[start - 2]))
            {
                start--;
                continue;
            }

            break;
        }

        while (start < end && text[start] == ' ')
        {
            start++;
        }

        return words == 0 ? -1 : start;
    }

    private sealed record FormRule(string Suffix, PlaceKind Kind, int MinPrefix, int MaxPrefix, bool AllowsLatin, bool China = false);
}
