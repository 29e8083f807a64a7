
namespace LmecKnowledgeSearch.Enrichment.Organisations;

/// <summary>
/// A known organisation followed by one of its offices (世界自然基金会北京代表处, 联合国环境规划署亚太区办公室) is still that
/// organisation; the office words are taken into the surface so they are not left to be misread as another name.
/// </summary>
internal static class OfficeSuffix
{
    private static readonly string[] Offices = ["驻华代表处", "代表处", "办事处", "办公室", "秘书处", "分部", "分会"];
    private static readonly string[] Qualifiers = ["亚太区域", "亚太区", "亚太", "东亚", "东南亚", "区域", "地区", "驻华", "驻", "中国", "国家", "国际"];

    public static int ExtensionLength(string text, int end, IReadOnlyDictionary<int, int> placeEndByStart)
    {
        var position = end;
        for (var step = 0; step < 3; step++)
        {
            var office = StartsWithAny(text, position, Offices);
            if (office > 0)
            {
                return position + office - end;
            }

            var qualifier = placeEndByStart.TryGetValue(position, out var placeEnd) ? placeEnd - position : StartsWithAny(text, position, Qualifiers);
            if (qualifier == 0)
            {
                return 0;
            }

            position += qualifier;
        }

        return 0;
    }

    private static int StartsWithAny(string text, int position, string[] words)
    {
        foreach (var word in words)
        {
            if (string.CompareOrdinal(text, position, word, 0, word.Length) == 0)
            {
                return word.Length;
            }
        }

        return 0;
    }
}
