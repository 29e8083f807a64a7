namespace LmecKnowledgeSearch.Enrichment.Places;

/// <summary>Designation words that may follow a place's bare name in Chinese (清迈+府, 暹粒+省, Phnom Kulen+国家公园).</summary>
public static class PlaceDesignations
{
    private static readonly string[] ProtectedArea = ["国家级自然保护区", "省级自然保护区", "自然保护区", "国家公园", "保护区", "湿地公园", "森林公园", "国家森林公园"];
    private static readonly string[] Province = ["壮族自治区", "自治区", "省", "府", "邦"];
    private static readonly string[] Prefecture = ["自治州", "地区", "州", "市"];
    private static readonly string[] City = ["市"];
    private static readonly string[] County = ["自治县", "县", "市"];
    private static readonly string[] Country = [];

    /// <summary>Length of a designation at <paramref name="position"/> that fits <paramref name="kind"/>, or 0.</summary>
    public static int TrailingDesignationLength(string text, int position, PlaceKind kind, ReadOnlySpan<char> matched)
    {
        ArgumentNullException.ThrowIfNull(text);
        var suffixes = kind switch
        {
            PlaceKind.ProtectedArea or PlaceKind.Mountain => ProtectedArea,
            PlaceKind.Province or PlaceKind.State => Province,
            PlaceKind.Prefecture => Prefecture,
            PlaceKind.City => City,
            PlaceKind.County => County,
            _ => Country,
        };
        var best = 0;
        foreach (var suffix in suffixes)
        {
            if (suffix.Length > best
                && string.CompareOrdinal(text, position, suffix, 0, suffix.Length) == 0
                && !EndsWithDesignation(matched, suffix)
                && !ContinuesAsWord(text, position + suffix.Length - 1))
            {
                best = suffix.Length;
            }
        }

        return best;
    }

    /// <summary>True when the designation character at <paramref name="index"/> is really the start of another word (市场, 省级, 县城, 州长).</summary>
    public static bool ContinuesAsWord(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (index < 0 || index + 1 >= text.Length)
        {
            return false;
        }

        var next = text[index + 1];
        return text[index] switch
        {
            '市' => "场民政值井面价级长委区县镇容貌".Contains(next),
            '省' => "级份长委内外会钱力事时".Contains(next),
            '县' => "级域城长委区乡市".Contains(next),
            '州' => "长级委".Contains(next),
            '府' => "办".Contains(next) || next == '院',
            _ => false,
        };
    }

    private static bool EndsWithDesignation(ReadOnlySpan<char> matched, string suffix)
    {
        // "西双版纳州" followed by "州" again is a typo, not a designation; likewise 省省.
        var last = matched.Length > 0 ? matched[^1] : '\0';
        return last != '\0' && suffix.Length == 1 && last == suffix[0];
    }
}
