namespace LmecKnowledgeSearch.Enrichment.Places;

/// <summary>
/// Several province names are a landform character plus a direction (山东, 山西, 河南, 河北, 湖南, 湖北, 江西, 海南, 山南).
/// Written after the name of a mountain, river, lake or sea and before a part word they describe a side of that feature
/// (祁连山|南麓, 天山|西部, 青海湖|南岸), not the province.
/// </summary>
internal static class LandformSideGuard
{
    private const string Landforms = "山河江湖海";
    private const string Directions = "东南西北";
    private const string PartWords = "部岸侧麓坡段缘端翼沿隅面边";

    // Words that end a name on their left: a province after them is the province (在山东部署, 赴湖南岸边).
    private const string NameEnders = "在于的和与及、从至到由向往赴对是为将把被了着过等以或并年月日省市县";

    public static bool IsSideOfFeature(string text, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (length != 2 || start == 0 || start + length >= text.Length)
        {
            return false;
        }

        var previous = text[start - 1];
        return Landforms.Contains(text[start])
            && Directions.Contains(text[start + 1])
            && PartWords.Contains(text[start + length])
            && HanCharacters.IsHan(previous)
            && !NameEnders.Contains(previous);
    }
}
