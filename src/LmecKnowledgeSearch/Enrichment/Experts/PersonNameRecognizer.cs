using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Enrichment.Experts;

/// <summary>
/// Decides whether a short piece of text is a person's name: a Chinese name (known surname, 2–4 characters,
/// an optional space between surname and given name) or a Latin-script name (2–4 capitalised tokens).
/// It errs on the side of rejecting: a missed speaker costs less than an invented one.
/// </summary>
internal sealed partial class PersonNameRecognizer
{
    // Common single-character surnames (about 400 of the most frequent, written from general knowledge).
    private const string SingleSurnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉斯元束檀衣信展阴昝智幸奉植衡富尧闭由";

    private static readonly HashSet<string> CompoundSurnames =
    [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐", "夏侯",
        "轩辕", "端木", "独孤", "南宫", "西门", "百里", "呼延", "万俟", "申屠", "闻人", "澹台", "公冶", "太史", "钟离",
        "宗政", "濮阳", "淳于", "单于", "拓跋", "第五", "左丘", "东郭", "羊舌", "微生", "梁丘", "司空", "赫连",
    ];

    // Words that turn a "surname + 1–3 characters" string into an organisation, a place, a heading or a phrase.
    private static readonly string[] NonNameWords =
    [
        "中心", "部门", "协会", "基金", "联合", "国家", "公司", "集团", "大学", "学院", "研究", "项目", "计划", "简报",
        "生态", "环境", "发展", "合作", "保护", "管理", "要点", "结论", "摘要", "背景", "建议", "总结", "目录", "附件",
        "联系", "电话", "地址", "观点", "专家", "主任", "经理", "会议", "论坛", "对话", "专题", "气候", "变化", "社区",
        "区域", "流域", "湄公", "澜湄", "澜沧", "政府", "工作", "介绍", "概况", "前言", "引言", "致谢", "附录", "结果",
        "讨论", "方法", "问题", "文章", "文献", "参考", "关键", "我们", "主办", "承办", "指导", "时间", "地点", "议程",
        "嘉宾", "致辞", "开幕", "闭幕", "报告", "通知", "新闻", "动态", "活动", "成果", "经验", "案例", "实践", "能力",
        "技术", "政策", "战略", "行动", "倡议", "机制", "平台", "伙伴", "全球", "国际", "世界", "亚洲", "中国", "地区",
        "城市", "农村", "乡村", "水资源", "森林", "湿地", "海洋", "能源", "经济", "社会", "资源", "系统", "服务", "安全",
        "组织", "机构", "代表", "成员", "主席", "领导", "同志", "先生", "女士", "教授", "博士", "老师", "委员", "部长",
        "高级", "高质", "文化", "明确", "平台", "国内", "海外", "和平", "成功", "安全", "时期", "全面", "全国", "公共",
    ];

    // Characters that practically never occur inside a given name but are common in phrases and place names.
    private const string NonNameChars = "的了是在和与及或等为对省市县区州局厅院所司处委组站校期年号：:，,。、；;（）()《》“”\"'·/-—0123456789";

    private static readonly HashSet<string> NotLatinNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "and", "for", "in", "on", "to", "by", "with", "from", "at", "as", "or", "our", "we", "us",
        "key", "messages", "message", "introduction", "contact", "contacts", "summary", "conclusion", "conclusions",
        "abstract", "background", "figure", "table", "chapter", "section", "climate", "change", "water", "energy",
        "environment", "environmental", "ecosystem", "ecosystems", "management", "development", "sustainable",
        "cooperation", "centre", "center", "institute", "foundation", "association", "society", "university", "ministry",
        "department", "agency", "office", "programme", "program", "project", "commission", "council", "bank", "fund",
        "organization", "organisation", "network", "company", "group", "ltd", "inc", "secretariat", "partnership",
        "alliance", "initiative", "united", "nations", "national", "international", "regional", "global", "asia",
        "pacific", "mekong", "lancang", "china", "chinese", "river", "basin", "lower", "upper", "greater", "sub",
        "director", "officer", "researcher", "manager", "coordinator", "specialist", "advisor", "adviser", "professor",
        "fellow", "head", "chief", "representative", "lead", "expert", "consultant", "scientist", "minister", "secretary",
        "president", "chair", "founder", "analyst", "engineer", "lecturer", "dean", "senior", "deputy", "assistant",
        "executive", "general", "associate", "research", "policy", "about", "references", "acknowledgements",
        "acknowledgments", "appendix", "keywords", "methods", "results", "discussion", "overview", "agenda", "date",
        "time", "venue", "address", "email", "phone", "tel", "fax", "website", "news", "briefing", "issue", "report",
        "notes", "minutes", "session", "panel", "forum", "dialogue", "workshop", "conference", "meeting", "roundtable",
        "expert", "views", "opinions", "highlights", "recommendations", "next", "steps", "new", "read", "more", "see",
        "also", "download", "share", "photo", "credit", "source", "dr", "mr", "ms", "mrs", "prof", "corps", "trust", "cross",
        "red", "usa", "uk", "housing", "hydro", "care", "world", "vision", "save", "children", "plan", "action", "aid",
        "women", "farmers", "community", "communities", "resilience", "challenge", "team", "solutions", "window",
    };

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "bin", "binti", "al", "el", "dos", "das", "del",
    };

    private readonly HashSet<char> _singleSurnames = [.. SingleSurnames];

    /// <summary>A Chinese name with inner whitespace removed ("张 燕" -> "张燕"), or null.</summary>
    public string? AsChineseName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (!ChineseNameShape().IsMatch(trimmed))
        {
            return null;
        }

        var name = WhitespaceRun().Replace(trimmed, string.Empty);
        if (name.Length is < 2 or > 4)
        {
            return null;
        }

        var surnameLength = name.Length >= 3 && CompoundSurnames.Contains(name[..2]) ? 2 : _singleSurnames.Contains(name[0]) ? 1 : 0;
        if (surnameLength == 0 || (name.Length == 4 && surnameLength == 1 && !LooksLikeDoubleSurname(name)))
        {
            return null;
        }

        if (name[surnameLength..].Any(c => NonNameChars.Contains(c)) || NonNameWords.Any(name.Contains))
        {
            return null;
        }

        return name;
    }

    /// <summary>A Latin-script name with whitespace collapsed, or null.</summary>
    public string? AsLatinName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is < 2 or > 5)
        {
            return null;
        }

        var capitalised = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (NameParticles.Contains(token) && i > 0 && i < tokens.Length - 1)
            {
                continue;
            }

            if (!LatinNameToken().IsMatch(token) || NotLatinNameWords.Contains(token.TrimEnd('.')))
            {
                return null;
            }

            capitalised++;
        }

        return capitalised is >= 2 and <= 4 ? string.Join(' ', tokens) : null;
    }

    /// <summary>A foreign name written in Chinese characters with a middle dot between its parts ("塔妮娅·苏万"), or null.</summary>
    public string? AsTransliteratedName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (!TransliteratedNameShape().IsMatch(trimmed))
        {
            return null;
        }

        var parts = trimmed.Split(['·', '・', '•', '‧', '．'], StringSplitOptions.RemoveEmptyEntries);
        var letters = parts.Sum(p => p.Length);
        if (letters is < 3 or > 14 || parts.Any(p => p.Any(c => NonNameChars.Contains(c))) || NonNameWords.Any(w => parts.Any(p => p.Contains(w, StringComparison.Ordinal))))
        {
            return null;
        }

        return string.Join('·', parts);
    }

    /// <summary>Any kind of name, normalised, or null.</summary>
    public string? AsName(string text) => AsChineseName(text) ?? AsLatinName(text) ?? AsTransliteratedName(text);

    // Four-character names with a single-character surname are usually a married woman's double surname
    // (陈李梅) or a minority-language transliteration; both halves must then look like surnames.
    private bool LooksLikeDoubleSurname(string name) => _singleSurnames.Contains(name[1]);

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}(?:[ \u3000]?\p{IsCJKUnifiedIdeographs}){1,3}$")]
    private static partial Regex ChineseNameShape();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,7}(?:[·・•‧．]\p{IsCJKUnifiedIdeographs}{1,7}){1,3}$")]
    private static partial Regex TransliteratedNameShape();

    [GeneratedRegex(@"[\s\u3000]+")]
    private static partial Regex WhitespaceRun();

    // "Yashiro", "O'Neil", "Jean-Luc", "J.", "NGUYEN" (surnames are often capitalised in full).
    [GeneratedRegex(@"^(?:\p{Lu}\.|\p{Lu}[\p{Ll}\p{Lu}'’\-]*\p{L})$")]
    private static partial Regex LatinNameToken();
}
