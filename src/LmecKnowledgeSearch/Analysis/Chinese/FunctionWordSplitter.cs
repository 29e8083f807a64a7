namespace LmecKnowledgeSearch.Analysis.Chinese;

/// <summary>
/// Splits two-character dictionary entries that the SIGHAN guidelines write as two words: a pronoun or adjective with
/// 的 (他|的, 新|的), a degree adverb with its adjective (更|大, 很|好), a verb with the aspect particle 了 (有|了), an adverb
/// with 是/有/要 (也|是, 都|要), and 一/这/那/每 with a measure word (一|年, 这|项).
/// </summary>
internal static class FunctionWordSplitter
{
    private const string BeforeDe = "新中它人他你我她好大小多少高长老旧";
    private const string DegreeAdverbs = "更很";
    private const string AfterDegreeKeptWhole = "新加改换正替衣迭生多"; // 更新, 更加, 很多…: words in their own right.
    private const string BeforeLeKeptWhole = "为除罢算";
    private const string Adverbs = "就也都更的已";
    private const string AfterAdverb = "是有要";
    private const string Determiners = "一这那每";
    private const string MeasureWords = "年次位条种批天项名片件场届支座所部台张本句笔份封只头匹股套层块根辆架艘间轮季周岁步";

    public static void Split(string text, List<Segment> segments, List<bool> locked)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (locked[i] || segment.Length != 2 || segment.Kind != SegmentKind.Ideographic || !ShouldSplit(text[segment.Start], text[segment.Start + 1]))
            {
                continue;
            }

            segments[i] = new Segment(segment.Start, 1, SegmentKind.Ideographic);
            segments.Insert(i + 1, new Segment(segment.Start + 1, 1, SegmentKind.Ideographic));
            locked.Insert(i + 1, false);
            i++;
        }
    }

    private static bool ShouldSplit(char first, char second) =>
        (second == '的' && BeforeDe.Contains(first))
        || (DegreeAdverbs.Contains(first) && !AfterDegreeKeptWhole.Contains(second) && HanCharacters.IsHan(second))
        || (second == '了' && !BeforeLeKeptWhole.Contains(first))
        || (Adverbs.Contains(first) && AfterAdverb.Contains(second))
        || (Determiners.Contains(first) && MeasureWords.Contains(second));
}
