
namespace LmecKnowledgeSearch.Search.Queries;

/// <summary>
/// The unit kinds a query asks for by its words: "专家认为…", "who said" want expert views; "试点", "case study" want
/// case studies. Those kinds get a small boost, never a filter.
/// </summary>
public static class KindIntent
{
    private static readonly string[] ExpertCues =
    [
        "专家", "观点", "认为", "表示", "指出", "发言", "谁说", "谁提出", "expert", "experts", "view", "views", "said", "says", "according to", "speaker", "who ",
    ];

    private static readonly string[] CaseStudyCues =
    [
        "案例", "试点", "示范", "项目", "实践", "经验", "做法", "case", "cases", "pilot", "pilots", "project", "projects", "demonstration", "example", "initiative",
    ];

    public static IReadOnlySet<string> Of(string queryText)
    {
        ArgumentNullException.ThrowIfNull(queryText);
        var text = " " + queryText.ToLowerInvariant() + " ";
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        if (ExpertCues.Any(cue => Contains(text, cue)))
        {
            kinds.Add(UnitKinds.ExpertView);
        }

        if (CaseStudyCues.Any(cue => Contains(text, cue)))
        {
            kinds.Add(UnitKinds.CaseStudy);
        }

        return kinds;
    }

    // Latin cues must stand as words ("case" not inside "showcase"); Chinese cues are matched anywhere.
    private static bool Contains(string text, string cue)
    {
        if (cue[0] > 0x2E7F)
        {
            return text.Contains(cue, StringComparison.Ordinal);
        }

        var at = text.IndexOf(cue, StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = at == 0 || !char.IsLetter(text[at - 1]);
            var end = at + cue.Length;
            var after = end >= text.Length || !char.IsLetter(text[end]) || cue.EndsWith(' ');
            if (before && after)
            {
                return true;
            }

            at = text.IndexOf(cue, at + 1, StringComparison.Ordinal);
        }

        return false;
    }
}
