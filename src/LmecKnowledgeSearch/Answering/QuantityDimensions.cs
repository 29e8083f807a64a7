namespace LmecKnowledgeSearch.Answering;

/// <summary>
/// The units that answer "how large / 总面积是多少 / how much money" when the question names a dimension rather than a
/// counted noun: of several numbers in a passage, the one in square kilometres answers an area question.
/// </summary>
internal static class QuantityDimensions
{
    private static readonly (string[] Cues, string[] Units)[] Dimensions =
    [
        (["面积", " area", "hectares", "how large", "how big"], ["平方公里", "平方千米", "公顷", "万亩", "亩", "hectare", "ha", "km2", "square"]),
        (["全长", "长度", "多长", "多远", "距离", " length", "how far"], ["公里", "千米", "km", "kilometre", "kilometer", "mile"]),
        (["海拔", "多高", "高度", "深度", "多深", "altitude", "elevation", "how high", "height", "how deep", "depth"], ["米", "metre", "meter", "m"]),
        (["资金", "金额", "投资", "奖金", "经费", "多少钱", "money", "fund", "budget", "cost", "price", "invest", "grant"], ["元", "万元", "亿元", "美元", "欧元", "$", "dollar", "usd", "yuan", "euro"]),
        (["重量", "多重", "产量", "排放量", "how heavy", "weigh", "tonnes", "tons"], ["吨", "千克", "公斤", "tonne", "ton", "kg"]),
    ];

    /// <summary>Units for the dimension the question names, or none.</summary>
    public static IEnumerable<string> UnitsFor(string question)
    {
        var padded = " " + question.ToLowerInvariant();
        return Dimensions.Where(d => d.Cues.Any(c => padded.Contains(c, StringComparison.Ordinal))).SelectMany(d => d.Units);
    }
}
