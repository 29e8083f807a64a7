namespace LmecKnowledgeSearch.Analysis.Chinese;

/// <summary>
/// Repairs what ICU's dictionary leaves when it does not know a word: a derivational suffix cut off (现代|化),
/// a person's given name in single characters (江|泽|民 → 江 泽民), a transliterated name in pieces (威|尔|第),
/// and two lone content characters that form a word ICU lacks (钟|声).
/// </summary>
internal sealed class SingleCharacterMerger
{
    // Characters that stand alone as words (particles, pronouns, prepositions, measure words…): never merged.
    private const string FunctionCharacters =
        "的了在是和与及或等也都就而被把对从向于为以将说到上下中里个们着过我你他她它这那有不没很最更又还再已才即则所如若因之其此各每该" +
        "让使给由自至并但却要会能可年月日时后前内外多少大小一二三四五六七八九十几两第位名次种些点吗呢吧啊呀得地去来看做用比当非无共";

    // Derivational suffixes and the heads of institution/place names: a known word plus one of these is one word.
    private const string Suffixes = "化性者员率型式界家学会院区税树省市县党军节馆局部队力级机厂站团厅署室园村镇乡港湾岛峰桥费价额制权论观史剧赛奖证";

    // Words after which 会 is the modal verb ("will"), not "association/meeting".
    private static readonly HashSet<string> ModalSubjects = ["我们", "你们", "他们", "她们", "它们", "咱们", "大家", "人们", "自己", "谁", "这样", "那样", "怎么", "一定", "可能", "也许", "肯定", "当然", "不再", "仍然", "还是", "将来"];

    private const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金" +
        "石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁" +
        "岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤穆" +
        "农司卓吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝尉";

    // Characters typical of transliterated foreign names and places.
    private const string Transliteration =
        "阿埃艾爱安奥巴拜班邦鲍贝本比彼波伯博布达戴丹道德迪蒂东杜多厄恩尔法菲费芬弗福盖冈戈格古哈海汉豪赫亨胡霍基吉加杰金卡凯坎" +
        "康柯科克肯库拉莱兰朗劳勒雷里理利莉林琳卢鲁路伦罗洛马玛迈麦曼梅门米密姆莫默穆纳娜奈内尼涅努诺欧帕潘佩皮普齐奇乔切丘萨塞" +
        "桑森沙舍什施史斯松苏索塔泰坦汤特提托瓦万威韦维温沃乌西希谢辛休雅亚扬耶伊因尤于约泽扎詹兹佐顿";

    private const string Demonstratives = "这那每各该此某哪本";
    // Measure words that have fused with demonstratives into dictionary words (这种, 每年, 各项); 这 位, 这 条 stay apart.
    private const string MeasureWords = "个种次类项年天";

    private const int MaxMergedRun = 3;

    private readonly bool[] isFunction = Flags(FunctionCharacters);
    private readonly bool[] isSuffix = Flags(Suffixes);
    private readonly bool[] isSurname = Flags(Surnames);
    private readonly bool[] isTransliteration = Flags(Transliteration);
    private readonly bool[] isDemonstrative = Flags(Demonstratives);
    private readonly bool[] isMeasure = Flags(MeasureWords);

    public void Merge(string text, List<Segment> segments, List<bool> locked)
    {
        Rewrite(segments, locked, (r, previous) => SuffixRunAt(text, segments, r));
        Rewrite(segments, locked, (r, previous) => TransliterationRunAt(text, segments, locked, r));
        Rewrite(segments, locked, (r, previous) => GivenNameRunAt(text, segments, r, previous));
        Rewrite(segments, locked, (r, previous) => DemonstrativeRunAt(text, segments, r));

        Rewrite(segments, locked, (r, previous) => LoneRunAt(text, segments, r, previous));
    }

    /// <summary>
    /// One linear pass: <paramref name="runAt"/> says how many segments from a read index form one word (1 = none),
    /// given the last segment already written; merged words are written back in place, so long texts stay linear.
    /// </summary>
    private static void Rewrite(List<Segment> segments, List<bool> locked, Func<int, Segment?, int> runAt)
    {
        var write = 0;
        var total = segments.Count;
        for (var read = 0; read < total;)
        {
            var count = Math.Max(1, runAt(read, write > 0 ? segments[write - 1] : null));
            if (count > 1)
            {
                var first = segments[read];
                segments[write] = new Segment(first.Start, segments[read + count - 1].End - first.Start, SegmentKind.Ideographic);
                locked[write] = locked[read];
            }
            else if (write != read)
            {
                // Nothing merged yet leaves the list untouched: most passes on most sentences write nothing.
                segments[write] = segments[read];
                locked[write] = locked[read];
            }

            write++;
            read += count;
        }

        if (write < total)
        {
            segments.RemoveRange(write, total - write);
            locked.RemoveRange(write, total - write);
        }
    }

    private int SuffixRunAt(string text, List<Segment> segments, int r)
    {
        if (r + 1 >= segments.Count)
        {
            return 1;
        }

        var word = segments[r];
        var next = segments[r + 1];
        if (word.Kind == SegmentKind.Ideographic && next.Start == word.End)
        {
            // -主义 (isms) make one word with their stem; 近年/多年/几年 + 来 ("in recent years") is one adverbial word.
            if (word.Length == 2 && next.Length == 2 && text[next.Start] == '主' && text[next.Start + 1] == '义')
            {
                return 2;
            }

            if (word.Length == 2 && next.Length == 1 && text[next.Start] == '来' && text[word.Start + 1] == '年' && text[word.Start] is '近' or '多' or '几')
            {
                return 2;
            }
        }

        return word.Kind == SegmentKind.Ideographic && word.Length >= 2 && IsLoneHan(text, next) && next.Start == word.End
               && isSuffix[text[next.Start]] && !(text[next.Start] == '会' && ModalSubjects.Contains(text.Substring(word.Start, word.Length)))
            ? 2
            : 1;
    }

    private int TransliterationRunAt(string text, List<Segment> segments, List<bool> locked, int r)
    {
        var j = r;
        var chars = 0;
        var hasSingle = false;
        while (j < segments.Count && IsTransliterationPiece(text, segments[j], locked[j]) && (j == r || segments[j].Start == segments[j - 1].End))
        {
            chars += segments[j].Length;
            hasSingle |= segments[j].Length == 1;
            j++;
        }

        return j - r >= 2 && chars >= 3 && hasSingle ? j - r : 1;
    }

    /// <summary>After a lone surname, two lone content characters are the given name (江|泽|民 → 江 泽民).</summary>
    private int GivenNameRunAt(string text, List<Segment> segments, int r, Segment? previous)
    {
        if (previous is not { } surname || !IsLoneHan(text, surname) || !isSurname[text[surname.Start]] || isFunction[text[surname.Start]]
            || r + 1 >= segments.Count)
        {
            return 1;
        }

        return surname.End == segments[r].Start && IsContentSingle(text, segments[r]) && IsContentSingle(text, segments[r + 1])
               && segments[r + 1].Start == segments[r].End
            ? 2
            : 1;
    }

    /// <summary>A demonstrative and its measure word are one word (这|种 → 这种, 各|项 → 各项), so is a clause-opening 有的; numerals stay apart (一 个).</summary>
    private int DemonstrativeRunAt(string text, List<Segment> segments, int r)
    {
        if (r + 1 >= segments.Count)
        {
            return 1;
        }

        var first = segments[r];
        var next = segments[r + 1];
        // 有的 opening a clause is the pronoun "some" (有的地区…), not 有 + 的.
        var someAtClauseStart = text[first.Start] == '有' && text[next.Start] == '的'
                                && (first.Start == 0 || !HanCharacters.IsHan(text[first.Start - 1]));
        return first.Length == 1 && next.Length == 1 && next.Start == first.End && first.Kind == SegmentKind.Ideographic
               && ((isDemonstrative[text[first.Start]] && isMeasure[text[next.Start]]) || someAtClauseStart)
            ? 2
            : 1;
    }

    /// <summary>A run of two or three content characters ICU left single is most often one word it does not know.</summary>
    private int LoneRunAt(string text, List<Segment> segments, int r, Segment? previous)
    {
        if (previous is { } before && IsContentSingle(text, before) && before.End == segments[r].Start)
        {
            return 1;
        }

        var j = r;
        while (j < segments.Count && IsContentSingle(text, segments[j]) && (j == r || segments[j].Start == segments[j - 1].End))
        {
            j++;
        }

        return j - r is >= 2 and <= MaxMergedRun ? j - r : 1;
    }

    private bool IsTransliterationPiece(string text, Segment segment, bool isLocked)
    {
        if (isLocked || segment.Kind != SegmentKind.Ideographic || segment.Length > 2)
        {
            return false;
        }

        for (var i = segment.Start; i < segment.End; i++)
        {
            if (!isTransliteration[text[i]])
            {
                return false;
            }
        }

        return true;
    }

    private bool IsContentSingle(string text, Segment segment) => IsLoneHan(text, segment) && !isFunction[text[segment.Start]];

    private static bool IsLoneHan(string text, Segment segment) =>
        segment.Length == 1 && segment.Kind == SegmentKind.Ideographic && HanCharacters.IsHan(text[segment.Start]);

    private static bool[] Flags(string characters)
    {
        var flags = new bool[char.MaxValue + 1];
        foreach (var c in characters)
        {
            flags[c] = true;
        }

        return flags;
    }
}
