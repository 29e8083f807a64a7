using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Enrichment.CaseStudies;

/// <summary>
/// The words that make a sentence a case: a case noun (试点, 示范区, 项目, pilot, project …), a concrete action
/// (开展, 实施, 建设, implemented, launched …), completion (了, 成功, 累计, past tense), a place introduced by 在/于/in,
/// and the words that turn it into a wish or advice (应, 希望, 建议, should, need to …).
/// </summary>
internal static partial class CaseStudyCues
{
    public static bool HasStrongMarker(string s) => StrongMarker().IsMatch(s);

    /// <summary>A pilot or demonstration named as such (not "以…为例", which points at a case without saying what was done).</summary>
    public static bool HasCaseNoun(string s) => CaseNoun().IsMatch(s);

    public static bool HasMarker(string s) => StrongMarker().IsMatch(s) || Marker().IsMatch(s);

    public static bool HasAction(string s) => ChineseAction().IsMatch(s) || EnglishAction().IsMatch(s);

    /// <summary>An action other than the case word itself, so "示范区建设" counts but a bare "生态文明建设" does not.</summary>
    public static bool HasActionBesidesMarker(string s) => HasAction(Marker().Replace(StrongMarker().Replace(s, "|"), "|"));

    public static bool HasCompletedAction(string s) =>
        CompletedChineseAction().IsMatch(s) || EnglishAction().IsMatch(s);

    public static bool IsWishOrAdvice(string s) => Modal().IsMatch(s);

    /// <summary>Issuing or announcing a policy, plan or rule ("印发《…意见》", "issued guidelines") reports a policy, not a case.</summary>
    public static bool IsPolicyAnnouncement(string s) => Policy().IsMatch(s);

    /// <summary>A bibliography entry ("…——以X县为例[J].地理学报", "Smith et al. (2019).") or a keyword list cites a case, it does not describe one.</summary>
    public static bool IsReferenceOrKeywords(string s) => Reference().IsMatch(s);

    /// <summary>A clause that only says where the information comes from ("据…介绍", "according to …").</summary>
    public static bool IsAttribution(string clause) => Attribution().IsMatch(clause);

    /// <summary>The clause without links, markup and URLs, which make poor summaries.</summary>
    public static string WithoutMarkup(string text) =>
        Url().Replace(HtmlTag().Replace(MarkdownLink().Replace(text, "$1"), string.Empty), string.Empty);

    public static bool IsContinuation(string s) => Continuation().IsMatch(s);

    public static bool HasAdditive(string s) => Additive().IsMatch(s);

    public static bool IsLocativeBefore(string s, int index)
    {
        var from = Math.Max(0, index - 4);
        return Locative().IsMatch(s[from..index]);
    }

    public static string StripLeadingConnective(string clause) => LeadingConnective().Replace(clause, string.Empty).Trim();

    [GeneratedRegex(@"试点|示范区|示范点|示范基地|示范|以[^，。；]{2,40}为例|样板|\bpilot(?:s|ed|ing)?\b|\bdemonstration\b|\bcase stud(?:y|ies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StrongMarker();

    [GeneratedRegex(@"试点|示范|样板|\bpilot(?:s|ed|ing)?\b|\bdemonstration\b", RegexOptions.IgnoreCase)]
    private static partial Regex CaseNoun();

    [GeneratedRegex(@"(?<!各)项目(?!标)|倡议|工程|\bprojects?\b|\bprogram(?:me)?s?\b|\binitiatives?\b|\bschemes?\b|\bcampaign\b", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    [GeneratedRegex(@"开展|实施|建设|建立|建成|启动|完成|实现|开发|种植|打造|落地|推行|修复|恢复|安装|培训|引入|试行|改造|设立|推广|覆盖|投入|帮助|支持了|合作建立|探索出")]
    private static partial Regex ChineseAction();

    [GeneratedRegex(@"(?:开展|实施|建设|建立|建成|启动|完成|实现|开发|种植|打造|落地|推行|修复|恢复|安装|培训|引入|试行|试点|示范|改造|设立|推广|覆盖|投入|帮助)了|成功(?:开展|实施|建设|建立|建成|启动|完成|实现|开发|打造|修复|恢复)|已(?:经)?(?:开展|实施|建设|建立|建成|启动|完成|实现|覆盖)|累计|先后|共(?:实施|建设|建成|开展|完成|恢复|种植|培训)")]
    private static partial Regex CompletedChineseAction();

    [GeneratedRegex(@"\b(?:implemented|launched|established|piloted|built|developed|carried out|conducted|introduced|set up|rolled out|trained|installed|planted|restored|completed|tested|created|expanded|scaled up|worked with|helped|mapped|reforested|rehabilitated|constructed|delivered|started|began|initiated|funded|financed|organi[sz]ed|converted|switched)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishAction();

    // 应 as "should", not in 应对/应用/适应/响应/供应/效应/反应/相应; 可以 and 需要, not 可持续/需求. "项目旨在" states the aim of a
    // project that exists, so it is no wish.
    [GeneratedRegex(@"(?<![相响供适效反])应(?:该|当)?(?![对用急变])|需要|希望|建议|要求|期望|期待|呼吁|倡导|未来|有望|将会|将要|即将|(?<![即必])将(?:共同|进一步|继续|加快|逐步|全面|重点|大力|积极)?(?:推动|推进|开展|实施|建设|建立|启动|打造|投入|扩大)|(?<!(?:项目|工程|计划|倡议|示范|试点)(?:主要|重点)?)旨在|(?<!模)拟(?!定)|可以|必须|\b(?:should|could|would|need to|needs to|must|hope|hopes|recommend\w*|will|plan to|plans to|important to)\b|(?<!\b(?:project|programme|program|initiative|pilot)\s)\baims? to\b", RegexOptions.IgnoreCase)]
    private static partial Regex Modal();

    [GeneratedRegex(@"印发|出台|颁布|发布(?:了)?(?:《|[^，。；]{0,12}(?:意见|通知|办法|规划|方案|条例|政策|纲要))|(?:指导)?意见(?:》|指出|提出|明确)|通知(?:》|要求)|\b(?:issued|adopted|announced|passed|unveiled|published)\s+(?:a\s+|an\s+|the\s+|its\s+|new\s+)*(?:\w+\s+){0,2}(?:policy|policies|law|regulations?|guidelines?|plan|strategy|decree|directive|rules?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Policy();

    [GeneratedRegex(@"\[(?:J|M|D|C|R|N|S|P|Z|EB/OL|J/OL)\]|\bet al\.|(?:^|[\s\]，,])\p{IsCJKUnifiedIdeographs}{2,4}(?:\s?等)?\.\s?\p{IsCJKUnifiedIdeographs}|^(?:关键词|关键字|Key\s?words)|(?:[^;；，,。\n]{1,25}[;；]){3,}", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex(@"^(?:据.{0,30}(?:介绍|报道|统计|了解|显示)|记者.{0,10}(?:获悉|了解到)|according to\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(?:https?:)?//\S+|www\.\S+")]
    private static partial Regex Url();

    [GeneratedRegex(@"^(?:通过|此外|另外|同时|并且?|该|这|此|其中|其|项目|上述|在此基础上|此后|随后|目前|截至|Through|By doing|In addition|Additionally|The project|This|These|It|They|Since then)|^.{0,15}(?:该项目|该试点|该示范|这一|此项|上述)", RegexOptions.IgnoreCase)]
    private static partial Regex Continuation();

    [GeneratedRegex(@"还|也|同时|并|\balso\b|\bfurther\b", RegexOptions.IgnoreCase)]
    private static partial Regex Additive();

    [GeneratedRegex(@"(?:在|于|到|\bin|\bat|\bacross|\bthroughout)\s*\S{0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Locative();

    [GeneratedRegex(@"^(?:通过|此外|另外|同时|并且?|还|从而|其中|Through|By|In addition,?|Additionally,?)\s*[，,]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingConnective();
}
