using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Enrichment.Experts;

/// <summary>An inclusive run of lines that is boilerplate, and why.</summary>
internal sealed record BoilerplateSpan(int FirstLine, int LastLine, string Kind);

/// <summary>
/// Finds the parts of a briefing that repeat from issue to issue and say nothing about the topic: the contact block
/// (联系我们, address, 电话, 邮箱, 网址, 微信公众号 …), editorial credits, and the issuer's standard self-description
/// ("某某中心：某某中心成立于…" or an "About us" section).
/// </summary>
internal sealed partial class BoilerplateDetector
{
    public const string ContactKind = "contact";
    public const string DescriptionKind = "issuer-description";

    private const int MaxGapInContactBlock = 3;
    private readonly AffiliationRecognizer _affiliations = new();

    public IReadOnlyList<BoilerplateSpan> Detect(IReadOnlyList<DocumentLine> lines, IReadOnlyCollection<string> issuerNames)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(issuerNames);
        var spans = new List<BoilerplateSpan>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (TryContactBlock(lines, i, out var contact))
            {
                spans.Add(contact);
                i = contact.LastLine;
            }
            else if (TryDescription(lines, i, issuerNames, out var description))
            {
                spans.Add(description);
                i = description.LastLine;
            }
        }

        return spans;
    }

    public static bool IsContactField(string line) =>
        ContactField().IsMatch(line) || EmailOrUrlOnly().IsMatch(line) || (line.Length <= 40 && PostalAddress().IsMatch(line));

    public static bool IsContactHeading(string line) => ContactHeading().IsMatch(line);

    private bool TryContactBlock(IReadOnlyList<DocumentLine> lines, int start, out BoilerplateSpan span)
    {
        span = default!;
        var heading = IsContactHeading(lines[start].Text);
        if (!heading && !IsContactField(lines[start].Text))
        {
            return false;
        }

        var fields = heading ? 0 : Math.Max(1, LaterField().Count(lines[start].Text));
        var last = start;
        for (var j = start + 1; j < lines.Count && j - last <= MaxGapInContactBlock; j++)
        {
            var text = lines[j].Text;
            if (IsContactField(text))
            {
                fields++;
                last = j;
            }
            else if (!IsShortNonProse(text))
            {
                break;
            }
        }

        // Without a heading, one stray "电话：" line inside prose is not a contact block.
        if ((heading && fields >= 1) || fields >= 2)
        {
            span = new BoilerplateSpan(start, last, ContactKind);
            return true;
        }

        return false;
    }

    private bool TryDescription(IReadOnlyList<DocumentLine> lines, int start, IReadOnlyCollection<string> issuerNames, out BoilerplateSpan span)
    {
        span = default!;
        var line = lines[start];
        if (AboutHeading().IsMatch(line.Text) && start + 1 < lines.Count)
        {
            span = new BoilerplateSpan(start, LastLineOfBlock(lines, start + 1), DescriptionKind);
            return true;
        }

        var labelled = LabelledParagraph().Match(line.Text);
        if (!labelled.Success || !line.StartsBlock && start > 0 && !EndsSentence(lines[start - 1].Text))
        {
            return false;
        }

        var label = labelled.Groups["label"].Value.Trim();
        var body = labelled.Groups["body"].Value;
        var isIssuer = issuerNames.Any(n => SameName(n, label));
        var isOrganisation = (_affiliations.IsAffiliation(label) && !HanCharacters.ContainsHan(label)) || EndsWithOrganisation(label);
        var describes = body.StartsWith(label, StringComparison.Ordinal) || SelfDescription().IsMatch(body);

        // An unknown organisation describing itself is only boilerplate in the closing part, where briefings put it;
        // earlier it may be a speaker's own words.
        var inClosingPart = start >= lines.Count * 0.6;
        if (!((isIssuer && describes) || (isOrganisation && describes && inClosingPart && body.Length >= 40)))
        {
            return false;
        }

        span = new BoilerplateSpan(start, LastLineOfBlock(lines, start), DescriptionKind);
        return true;
    }

    private static int LastLineOfBlock(IReadOnlyList<DocumentLine> lines, int start)
    {
        var last = start;
        while (last + 1 < lines.Count && lines[last + 1].Block == lines[start].Block)
        {
            last++;
        }

        return last;
    }

    private static bool EndsWithOrganisation(string label) => OrganisationSuffix().IsMatch(label);

    // Dashes vary between renditions of the same name (澜沧江-湄公河 / 澜沧江—湄公河).
    private static bool SameName(string a, string b) => Normalise(a) == Normalise(b);

    private static string Normalise(string s) => NameNoise().Replace(s, string.Empty).ToLowerInvariant();

    private static bool EndsSentence(string text) => text.Length > 0 && "。！？.!?”\"）)".Contains(text[^1]);

    // Between contact fields: the issuer's name and a street address ("No. 5 …, Xicheng District, Beijing 100035").
    private static bool IsShortNonProse(string text) => text.Length <= 64 && !text.Contains('。') && !text.Contains('，') && !LatinSentence().IsMatch(text);

    [GeneratedRegex(@"^(?:联系我们|联系方式|联系信息|联络方式|联系地址|Contact(?:\s+(?:us|information|details))?|Contacts|Get in touch|For (?:more|further) information,?\s*(?:please\s+)?contact(?:\s+us)?|如需(?:了解)?更多信息，?请联系|欢迎联系(?:我们)?)\s*[:：]?$", RegexOptions.IgnoreCase)]
    private static partial Regex ContactHeading();

    // Field labels of contact blocks and editorial credits.
    private const string FieldLabels = @"(?:地址|通讯地址|通信地址|邮编|邮政编码|电话|联系电话|座机|手机|传真|电子邮箱|电子邮件|邮箱|E-?mail|Tel(?:ephone)?|Phone|Mobile|Fax|Address|Add|Post(?:al)?\s*code|Zip(?:\s*code)?|网址|网站|官网|Website|Web|URL|微信公众号|微信|公众号|WeChat|微博|Weibo|联系人|Contact person|编辑|责任编辑|责编|审核|审校|签发|供稿|撰稿|排版|校对|编审|编印|印发|报送|抄送)";

    // "（责任编辑：周敏  审核：吴刚）", "本期编辑：…": a credit line may be bracketed or prefixed.
    [GeneratedRegex(@"^[（(【\[]?\s*(?:本期)?" + FieldLabels + @"\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex ContactField();

    [GeneratedRegex(@"(?:^[（(【\[]?\s*|\s)(?:本期)?" + FieldLabels + @"\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex LaterField();

    [GeneratedRegex(@"^[<\s]*(?:[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|(?:https?://|www\.)\S+)[>\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex EmailOrUrlOnly();

    // 北京市西城区后英房胡同5号, 昆明市五华区某路12号3楼: a place, then a street or building number, and nothing else.
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}\d\-（）()#、 ]{4,}(?:省|市|区|县).{0,24}(?:路|街|道|巷|胡同|大厦|号|楼|室|层|座)[\d\-A-Za-z]*(?:号|楼|室|层|座)?$")]
    private static partial Regex PostalAddress();

    [GeneratedRegex(@"^(?:关于我们|关于本中心|关于中心|中心简介|机构简介|About\s+(?:us|the\s+\w+|LMEC))\s*[:：]?$", RegexOptions.IgnoreCase)]
    private static partial Regex AboutHeading();

    [GeneratedRegex(@"^(?<label>[^：:。，,]{2,40})[：:]\s*(?<body>\S.{20,})$")]
    private static partial Regex LabelledParagraph();

    [GeneratedRegex(@"成立于|正式成立|成立的|旨在|致力于|宗旨|是.{0,40}(?:机构|组织|平台|中心|智库|单位)|(?:was|were)\s+(?:founded|established|set up|launched)|\bis\s+an?\b|\baims?\s+to\b|\bmission\b", RegexOptions.IgnoreCase)]
    private static partial Regex SelfDescription();

    [GeneratedRegex(@"(?:中心|研究所|研究院|基金会|协会|学会|联合会|委员会|办公室|代表处|秘书处|公司|集团|大学|学院|组织|联盟|Centre|Center|Institute|Foundation|Association|Secretariat|Organi[sz]ation|Network|Alliance|Programme|Program)\s*(?:[（(][^）)]{1,20}[）)])?$", RegexOptions.IgnoreCase)]
    private static partial Regex OrganisationSuffix();

    [GeneratedRegex(@"[a-z]{2}[.!?](?:\s|$)")]
    private static partial Regex LatinSentence();

    [GeneratedRegex(@"[\s\-—–－_·•()（）]+")]
    private static partial Regex NameNoise();
}
