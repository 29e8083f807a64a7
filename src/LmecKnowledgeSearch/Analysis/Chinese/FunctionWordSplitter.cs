using System.Buffers;

namespace LmecKnowledgeSearch.Analysis.Chinese;

/// <summary>
/// Splits two-character dictionary entries that the SIGHAN guidelines write as two words: a pronoun or adjective with
/// 的 (他|的, 新|的), a degree adverb with its adjective (更|大, 很|好), a verb with the aspect particle 了 (有|了), an adverb
/// with 是/有/要 (也|是, 都|要), and 一/这/那/每 with a measure word (一|年, 这|项).
/// </summary>
internal static class FunctionWordSplitter
{
    private static readonly SearchValues<char> BeforeDe = SearchValues.Create("新中它人他你我她好大小多少高长老旧");
    private static readonly SearchValues<char> DegreeAdverbs = SearchValues.Create("更很");
    private static readonly SearchValues<char> AfterDegreeKeptWhole = SearchValues.Create("新加改换正替衣迭生多"); // 更新, 更加, 很多…: words in their own right.
    private static readonly SearchValues<char> BeforeLeKeptWhole = SearchValues.Create("为除罢算");
    // An adverb, a pronoun or 是 before a verb or preposition the dictionary fused with it (也是, 都在, 是在, 将会, 他在).
    private static readonly SearchValues<char> Adverbs = SearchValues.Create("就也都更的已是将他她它");
    private static readonly SearchValues<char> AfterAdverb = SearchValues.Create("是有要在能不就会以");
    // A numeral stays apart from its measure word; a demonstrative too, except with the few measure words it has
    // fused with into dictionary words (这种, 这次, 每年, 各项, 各类).
    private static readonly SearchValues<char> Determiners = SearchValues.Create("一这那每各");
    private static readonly SearchValues<char> FusedWithDemonstratives = SearchValues.Create("个种次类项年天");
    private static readonly SearchValues<char> MeasureWords = SearchValues.Create("年次位条种批天项名片件场届支座所部台张本句笔份封只头匹股套层块根辆架艘间轮季周岁步");

    public static void Split(string text, List<Segment> segments, List<bool> locked)
    {
        var splits = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            splits += IsSplit(text, segments[i], locked[i]) ? 1 : 0;
        }

        if (splits == 0)
        {
            return;
        }

        // Grow once and fill from the back, so a long text costs one linear pass however many words split.
        var read = segments.Count - 1;
        segments.AddRange(Enumerable.Repeat(default(Segment), splits));
        locked.AddRange(Enumerable.Repeat(false, splits));
        for (var write = segments.Count - 1; read >= 0; read--)
        {
            var segment = segments[read];
            var isLocked = locked[read];
            if (IsSplit(text, segment, isLocked))
            {
                segments[write] = new Segment(segment.Start + 1, 1, SegmentKind.Ideographic);
                locked[write--] = false;
                segments[write] = new Segment(segment.Start, 1, SegmentKind.Ideographic);
                locked[write--] = false;
            }
            else
            {
                segments[write] = segment;
                locked[write--] = isLocked;
            }
        }
    }

    private static bool IsSplit(string text, Segment segment, bool isLocked) =>
        !isLocked && segment.Length == 2 && segment.Kind == SegmentKind.Ideographic
        && (ShouldSplit(text[segment.Start], text[segment.Start + 1]) || IsOnlyThenCan(text, segment));

    /// <summary>才能 before a verb is "only then can" (只有…才能实现); the noun "talent" ends a phrase or follows 的.</summary>
    private static bool IsOnlyThenCan(string text, Segment segment) =>
        text[segment.Start] == '才' && text[segment.Start + 1] == '能' && segment.End < text.Length
        && HanCharacters.IsHan(text[segment.End]) && text[segment.End] is not ('的' or '和' or '与' or '及')
        && (segment.Start == 0 || text[segment.Start - 1] != '的');

    private static bool ShouldSplit(char first, char second) =>
        (second == '的' && BeforeDe.Contains(first))
        || (DegreeAdverbs.Contains(first) && (!AfterDegreeKeptWhole.Contains(second) || (first == '更' && second == '多')) && HanCharacters.IsHan(second))
        || (second == '是' && first is '一' or '二' or '三' or '四' or '五') // 一是…，二是…: an enumeration, numeral then verb
        || (second == '大' && first is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '两') // 三 大 (three major)
        || (first == '不' && second == '到')
        || (second == '了' && !BeforeLeKeptWhole.Contains(first))
        || (Adverbs.Contains(first) && AfterAdverb.Contains(second) && !(first == '就' && second == '要') && first != second)
        || (Determiners.Contains(first) && MeasureWords.Contains(second) && (first == '一' || !FusedWithDemonstratives.Contains(second)));
}
