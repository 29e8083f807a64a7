using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Answering.Spans;

/// <summary>
/// People: the speaker of the passage when the sentence is theirs, else a name next to a speech verb or title
/// ("张三表示", "主任李四", "Dr Jane Smith said").
/// </summary>
public sealed partial class PersonSpanFinder : ISpanFinder
{
    // Common Chinese family names: a two- or three-character word only counts as a name when it starts with one.
    private const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤康常";

    public IReadOnlyList<AnswerSpan> Find(string sentence, SpanContext context)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(context);
        var spans = new List<AnswerSpan>();
        if (!string.IsNullOrWhiteSpace(context.Speaker))
        {
            var label = string.IsNullOrWhiteSpace(context.Affiliation)
                ? context.Speaker.Trim()
                : $"{context.Speaker.Trim()} ({context.Affiliation.Trim()})";
            // Slightly below a name the sentence itself puts before a verb: "李四提出…" in a view by Y was said of 李四.
            spans.Add(new AnswerSpan(label, 0, 0, 0.85));
        }

        foreach (Match match in ChineseNameBeforeVerb().Matches(sentence).Concat(ChineseNameAfterTitle().Matches(sentence)).Concat(ChineseNameBeforeTitle().Matches(sentence)))
        {
            var name = match.Groups["n"];
            if (Surnames.Contains(name.Value[0]))
            {
                spans.Add(new AnswerSpan(name.Value, name.Index, name.Length, 0.9));
            }
        }

        foreach (Match match in EnglishNameWithVerb().Matches(sentence))
        {
            var name = match.Groups["n"];
            spans.Add(new AnswerSpan(name.Value, name.Index, name.Length, 0.9));
        }

        // Reports and posts introduce people by title or by role rather than by a speech verb: "Dr Jane Smith",
        // "Jane Smith, Director of …", "Jane Smith is the team lead", "Jane Smith and Li Wei, World Resources Institute".
        foreach (Match match in EnglishNameWithTitle().Matches(sentence).Concat(EnglishNameWithRole().Matches(sentence)))
        {
            var name = match.Groups["n"];
            if (!spans.Any(s => s.Start == name.Index))
            {
                spans.Add(new AnswerSpan(name.Value, name.Index, name.Length, 0.8));
            }
        }

        return spans;
    }

    [GeneratedRegex(@"(?<![\u4e00-\u9fff])(?<n>[\u4e00-\u9fff]{2,3}?)(?:表示|指出|介绍|认为|强调|提出|谈到|分享|建议|发言|报告|当选|担任|主持|出席|获得|荣获|带领|说|称)")]
    private static partial Regex ChineseNameBeforeVerb();

    // "李四总理在…提出": a name directly followed by a title that people are addressed by.
    [GeneratedRegex(@"(?<n>[\u4e00-\u9fff]{2,3}?)(?:总理|总统|主席|副主席|部长|副部长|省长|市长|县长|书记|局长|厅长|院长|校长|院士|教授|博士|先生|女士|董事长|总裁|秘书长)(?![\u4e00-\u9fff]{0,1}(?:办公室|府|会|处|室))")]
    private static partial Regex ChineseNameBeforeTitle();

    [GeneratedRegex(@"(?:主任|教授|博士|研究员|经理|部长|局长|处长|主席|院士|专家|官员|代表|秘书长|总监|主管)(?<n>[\u4e00-\u9fff]{2,3}?)(?=[，,。、：:（(]|表示|指出|介绍|认为|强调|当选|担任|主持|出席|获得|荣获|带领|说)")]
    private static partial Regex ChineseNameAfterTitle();

    [GeneratedRegex(@"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?(?<n>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})(?:,[^,]{1,80},)?\s+(?:said|says|explained|noted|presented|introduced|stated|argued|added|told|emphasi[sz]ed|highlighted|pointed\s+out)\b|\b(?:said|according\s+to|presented\s+by|introduced\s+by|led\s+by)\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?(?<n>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})")]
    private static partial Regex EnglishNameWithVerb();

    [GeneratedRegex(@"\b(?:Mr|Ms|Mrs|Dr|Prof|Professor)\.?\s+(?<n>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\b")]
    private static partial Regex EnglishNameWithTitle();

    [GeneratedRegex(@"(?<![A-Za-z]\s)\b(?<n>" + EnglishName + @")(?:\s+and\s+" + EnglishName + @")?(?:,\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w&\-]*\s+){0,6}?(?:Director|Lead|Leader|Manager|Head|Chief|Officer|Coordinator|Specialist|Adviser|Advisor|President|Chair|Founder|Professor|Researcher|Fellow|Scientist|Consultant|Institute|Foundation|Fund|Centre|Center|Union|Association|Organi[sz]ation|University|Ministry|Agency|Partnership|Programme|Program)\b|(?:,\s+[a-z][a-z ]{0,20},)?\s+(?:is|was|serves\s+as|works\s+as)\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,5}?(?i:director|lead|leader|manager|head|chief|officer|coordinator|specialist|adviser|advisor|president|chair|founder|professor|researcher|fellow|scientist|consultant)\b)")]
    private static partial Regex EnglishNameWithRole();

    // Two or three capitalised words; a word may be McCluskey, O'Brien or Jean-Pierre.
    private const string EnglishName = @"[A-Z](?:['’][A-Z])?[a-z]+(?:-?[A-Z][a-z]+)?(?:\s+[A-Z](?:['’][A-Z])?[a-z]+(?:-?[A-Z][a-z]+)?){1,2}";
}
