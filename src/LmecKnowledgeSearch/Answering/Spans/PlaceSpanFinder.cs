using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Answering.Spans;

/// <summary>
/// Places by simple patterns: "在…召开/开展", names ending in a place word (…省/州/市/县/国家公园/流域), "in Capitalised Name",
/// and the names of the Mekong countries.
/// </summary>
public sealed partial class PlaceSpanFinder : ISpanFinder
{
    private const int MaxLeftExtent = 10;

    private static readonly string[] Countries =
    [
        "中国", "柬埔寨", "老挝", "缅甸", "泰国", "越南", "China", "Cambodia", "Laos", "Lao PDR", "Myanmar", "Thailand", "Vietnam", "Viet Nam",
    ];

    /// <summary>One-character short forms of China's provincial-level divisions and of cities often named so.</summary>
    private static readonly Dictionary<char, string> ShortForms = new()
    {
        ['京'] = "北京", ['津'] = "天津", ['沪'] = "上海", ['渝'] = "重庆", ['冀'] = "河北", ['晋'] = "山西", ['辽'] = "辽宁",
        ['吉'] = "吉林", ['黑'] = "黑龙江", ['苏'] = "江苏", ['浙'] = "浙江", ['皖'] = "安徽", ['闽'] = "福建", ['赣'] = "江西",
        ['鲁'] = "山东", ['豫'] = "河南", ['鄂'] = "湖北", ['湘'] = "湖南", ['粤'] = "广东", ['琼'] = "海南", ['川'] = "四川",
        ['蜀'] = "四川", ['黔'] = "贵州", ['滇'] = "云南", ['陕'] = "陕西", ['陇'] = "甘肃", ['青'] = "青海", ['蒙'] = "内蒙古",
        ['桂'] = "广西", ['藏'] = "西藏", ['宁'] = "宁夏", ['新'] = "新疆", ['港'] = "香港", ['澳'] = "澳门", ['蓉'] = "成都",
        ['穗'] = "广州", ['昆'] = "昆明", ['邕'] = "南宁", ['杭'] = "杭州", ['深'] = "深圳",
    };

    // Characters that cannot be inside a Chinese place name, so a leftward scan stops at them.
    private const string LeftStops = "在和与及的了是对从到于为由向将把被并或、，。；：（）()“”\"' 0123456789年月日";

    public IReadOnlyList<AnswerSpan> Find(string sentence, SpanContext context)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var spans = new List<AnswerSpan>();
        foreach (Match match in AtPlaceDoing().Matches(sentence))
        {
            var place = match.Groups["p"];
            var name = place.Value.Trim();
            // "在京召开": news style names a city or province by one character; the answer gives the name.
            if (name.Length == 1 && ShortForms.TryGetValue(name[0], out var full))
            {
                spans.Add(new AnswerSpan(full, place.Index, place.Length, 1.0));
                continue;
            }

            var quality = LooksLikePlace(place.Value) ? 1.0 : 0.85;
            spans.Add(new AnswerSpan(name, place.Index, place.Length, quality));
        }

        foreach (Match match in PlaceWord().Matches(sentence))
        {
            var start = match.Index;
            while (start > 0 && match.Index - start < MaxLeftExtent && !LeftStops.Contains(sentence[start - 1]))
            {
                start--;
            }

            var end = match.Index + match.Length;
            if (end - start >= 2)
            {
                spans.Add(new AnswerSpan(sentence[start..end], start, end - start, 0.8));
            }
        }

        foreach (Match match in InCapitalised().Matches(sentence))
        {
            var place = match.Groups["p"];
            var quality = Countries.Any(c => place.Value.Contains(c, StringComparison.Ordinal)) ? 0.9 : 0.7;
            spans.Add(new AnswerSpan(place.Value, place.Index, place.Length, quality));
        }

        foreach (var country in Countries)
        {
            for (var index = sentence.IndexOf(country, StringComparison.Ordinal); index >= 0;
                 index = sentence.IndexOf(country, index + country.Length, StringComparison.Ordinal))
            {
                spans.Add(new AnswerSpan(country, index, country.Length, 0.6));
            }
        }

        return spans;
    }

    private static bool LooksLikePlace(string text) =>
        PlaceWord().IsMatch(text) || Countries.Any(c => text.Contains(c, StringComparison.Ordinal)) || text.Any(char.IsUpper);

    [GeneratedRegex(@"在(?<p>[\u4e00-\u9fffA-Za-z0-9 ·\-、]{1,60}?)(?:正式|成功|共同|积极|率先|首次|大力|陆续|分别)?(?:召开|举行|举办|开展|实施|建设|进行|成立|设立|启动|开幕|闭幕|闭会|揭碑|揭牌|揭幕|签署|签约|开赛|开工|竣工|落成|落地|推广|建立|种植|发现|开设|落户|试点)(?![园区地户场])")]
    private static partial Regex AtPlaceDoing();

    [GeneratedRegex(@"(?:特别行政区|自治区|自治州|国家公园|自然保护区|保护区|流域|三角洲|盆地|高原|平原|省|州|市|县|镇|乡|村|岛|湾)")]
    private static partial Regex PlaceWord();

    [GeneratedRegex(@"\b(?:in|at|near|across|throughout|within)\s+(?:the\s+)?(?<p>[A-Z][\w\-]+(?:\s+(?:[A-Z][\w\-]+|of|and)){0,4}?(?:\s+[A-Z][\w\-]+)?(?:\s+(?:village|province|district|commune|city|town|county|basin|region|state|delta|river|island))?(?:,\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?)\b")]
    private static partial Regex InCapitalised();
}
