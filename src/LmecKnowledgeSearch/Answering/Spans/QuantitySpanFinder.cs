using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Answering.Spans;

/// <summary>
/// Numbers with their qualifier and unit (近300人, 超过60万, 30%, 5 million hectares). A number that sits with the unit
/// or noun the question counts (多少人, how many farmers) is a far better answer than any other number.
/// </summary>
public sealed partial class QuantitySpanFinder : ISpanFinder
{
    private const int NounWindow = 25;

    // A number that counts something other than what was asked (a postcode for "how many employees") is barely an answer.
    private const double UnfitQuality = 0.2;

    // Classifiers that name what they count (种 species, 户 households), unlike measures (米, 吨, 元).
    private const string CountClassifiers = "个项名位家次种类所座条户只头株棵台辆艘架间栋处批支队套件块片颗枚张";

    // Classifiers that all count people: 多少位代表 is answered by 300人.
    // Kept as NormaliseUnit leaves them (stemmed), so "people" and "participants" are counted in 人, 位, 名.
    private static readonly FrozenSet<string> PersonUnits = new[]
    {
        "人", "位", "名", "人次", "people", "person", "participant", "attendee", "delegate", "representative", "individual",
    }.Select(NormaliseUnit).ToFrozenSet(StringComparer.Ordinal);

    public IReadOnlyList<AnswerSpan> Find(string sentence, SpanContext context)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(context);
        var measures = context.Question.Measures;
        var spans = new List<AnswerSpan>();
        // Both patterns see the digits of any text; the longer reading (with its unit) wins.
        var matches = new List<Match>();
        foreach (var candidate in ChineseQuantity().Matches(sentence).Concat(EnglishQuantity().Matches(sentence))
                     .Where(m => m.Groups["n"].Length > 0)
                     .OrderByDescending(m => m.Value.Trim().Length))
        {
            if (!matches.Any(m => m.Index < candidate.Index + candidate.Length && candidate.Index < m.Index + m.Length))
            {
                matches.Add(candidate);
            }
        }

        foreach (var match in matches)
        {
            var number = match.Groups["n"].Value;
            var unit = match.Groups["unit"].Value;
            if (unit.Trim().Length == 0 && match.Value.Contains('$', StringComparison.Ordinal))
            {
                unit = "$"; // US$10 million: the currency stands before the number
            }

            var isChineseNumeral = !number.Any(char.IsDigit);
            // A code is the answer only when the question asks for it by its label (邮编是多少, what is the postcode).
            var label = CodeLabel().Match(sentence[Math.Max(0, match.Index - 6)..match.Index]);
            var labelAsked = label.Success && context.Question.Question.Contains(label.Groups["l"].Value, StringComparison.OrdinalIgnoreCase);
            if (labelAsked)
            {
                // A phone number or code runs on over its separators (0871-1234567, 010 6543 2100).
                var end = match.Index + match.Length;
                while (end < sentence.Length && (char.IsDigit(sentence[end]) || (sentence[end] is '-' or ' ' && end + 1 < sentence.Length && char.IsDigit(sentence[end + 1]))))
                {
                    end++;
                }

                spans.Add(new AnswerSpan(sentence[match.Index..end].Trim(), match.Index, end - match.Index, 0.95));
                continue;
            }

            if (label.Success || IsDateOrCode(sentence, match, number, unit) || (isChineseNumeral && unit.Length == 0 && match.Groups["mag"].Length == 0))
            {
                continue;
            }

            var quality = unit.Length > 0 || match.Groups["mag"].Length > 0 ? 0.65 : 0.5;
            if (measures.Count > 0)
            {
                var fit = MeasureFit(sentence, match, unit, measures);
                quality = fit > 0 ? 0.7 + (0.3 * fit) : UnfitQuality;
            }

            spans.Add(new AnswerSpan(match.Value.Trim(), match.Index, match.Length, quality));
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    /// <summary>1 when the unit is the one asked for (a classifier counts its noun: 6种 counts 物种, 12户 counts 农户); less the further the counted noun follows in the same clause; 0 if absent.</summary>
    private static double MeasureFit(string sentence, Match match, string unit, IReadOnlyList<string> measures)
    {
        var unitKey = NormaliseUnit(unit);
        foreach (var measure in measures)
        {
            var key = NormaliseUnit(measure);
            if (unitKey.Length > 0 && (unitKey == key || (key.Length > 1 && unitKey.StartsWith(key, StringComparison.Ordinal))
                || (unitKey.Length > 1 && key.StartsWith(unitKey, StringComparison.Ordinal))
                || (key.Length > 1 && unitKey.Length == 1 && CountClassifiers.Contains(unitKey[0]) && key.EndsWith(unitKey, StringComparison.Ordinal))))
            {
                return 1.0;
            }
        }

        if (unitKey.Length > 0 && PersonUnits.Contains(unitKey) && measures.Any(m => PersonUnits.Contains(NormaliseUnit(m))))
        {
            return 0.9;
        }

        var after = match.Index + match.Length;
        var clauseEnd = sentence.IndexOfAny(['，', ',', '。', '；', ';', '：'], after);
        var window = sentence[after..(clauseEnd < 0 ? Math.Min(sentence.Length, after + NounWindow) : Math.Min(clauseEnd, after + NounWindow))];
        var windowKeys = " " + string.Join(' ', EnglishWords.ContentKeys(window).Select(k => k.Key)) + " ";
        var best = 0.0;
        foreach (var measure in measures)
        {
            var distance = measure.StartsWith(' ') ? windowKeys.IndexOf(measure, StringComparison.Ordinal) : window.IndexOf(measure, StringComparison.Ordinal);
            if (distance >= 0)
            {
                best = Math.Max(best, 0.9 - (0.5 * distance / NounWindow));
            }
        }

        // The counted noun may also precede the number in the same clause (企业代表近300人, farmers numbering 600,000).
        var clauseStart = sentence.LastIndexOfAny(['，', ',', '。', '；', ';', '：'], Math.Max(0, match.Index - 1)) + 1;
        var from = Math.Max(clauseStart, match.Index - NounWindow);
        var before = sentence[from..match.Index];
        var beforeKeys = " " + string.Join(' ', EnglishWords.ContentKeys(before).Select(k => k.Key)) + " ";
        foreach (var measure in measures)
        {
            var index = measure.StartsWith(' ') ? beforeKeys.LastIndexOf(measure, StringComparison.Ordinal) : before.LastIndexOf(measure, StringComparison.Ordinal);
            if (index >= 0)
            {
                var distance = (measure.StartsWith(' ') ? beforeKeys.Length : before.Length) - index;
                best = Math.Max(best, 0.75 - (0.4 * distance / NounWindow));
            }
        }

        return best;
    }

    private static string NormaliseUnit(string unit)
    {
        var key = unit.Trim().ToLowerInvariant();
        return key is "％" or "percent" or "per cent" or "个百分点" ? "%" : EnglishWords.Stem(key);
    }

    private static bool IsDateOrCode(string sentence, Match match, string number, string unit)
    {
        var end = match.Index + match.Length;
        var next = end < sentence.Length ? sentence[end] : '\0';
        var before = match.Index > 0 ? sentence[match.Index - 1] : '\0';
        // 5.1.1 and 3.2 Results number sections, not things.
        var sectionNumber = number.Count(c => c == '.') >= 2 || (next == '.' && end + 1 < sentence.Length && char.IsDigit(sentence[end + 1]))
            || (unit.Length == 0 && number.Contains('.') && sentence[..match.Index].Trim().Length == 0)
            || (unit.Length == 0 && number.Contains('.') && next == ' ' && end + 1 < sentence.Length && HanCharacters.IsHan(sentence[end + 1]));
        if (sectionNumber || next is '年' or '月' or '日' or '号' or '期' or '-' or '/' || before is '-' or '/' or '+' or '第' or '#')
        {
            return true;
        }

        // A bare four-digit 19xx/20xx is a year, and long digit strings are phone numbers or codes.
        var digits = new string(number.Where(char.IsDigit).ToArray());
        return (unit.Length == 0 && digits.Length == 4 && digits[0] is '1' or '2' && !number.Contains(',') && match.Groups["mag"].Length == 0)
            || (digits.Length >= 7 && !number.Contains(','));
    }

    [GeneratedRegex(@"(?<l>邮编|邮政编码|电话|传真|编号|代码|手机|tel|fax|phone|zip|postcode)\s*[:：.]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CodeLabel();

    [GeneratedRegex(@"(?<![\d.,A-Za-z])(?<q>将近|接近|大约|超过|多达|共计|合计|总计|累计|达到|不到|不足|至少|约合|近|约|逾|超|达|共|仅|约有)?(?<n>\d+(?:[.,]\d+)*|[一二两三四五六七八九十百千万]+(?=[万亿千百]|[余多]?(?:个|项|名|位|家|户|次|种|所|座|条|倍|人|公里|吨|亩|点|方面|类|大)))[ \u00A0]?(?<mag>余万|多万|万|亿|千|百)?(?<tail>余|多)?(?<unit>%|％|个百分点|平方公里|平方千米|公顷|公里|千米|万亩|亩|吨|千克|公斤|立方米|米|亿元|万元|元|美元|欧元|人次|人|个|项|名|位|家|户|次|种|所|座|条|倍|千瓦|兆瓦|度|篇|本|部|场|届|只|头|株|棵|台|辆|艘|架|间|栋|处|起|例|批|支|队|套|件|块|片|颗|枚|张|级|岁|天|小时|分钟|周|国|点|方面|类|大)?(?<post>左右|以上|以下|上下|之多)?")]
    private static partial Regex ChineseQuantity();

    [GeneratedRegex(@"(?<![\w.])(?<q>(?:about|around|approximately|nearly|almost|over|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|some|roughly|close\s+to|only)\s+)?(?:US\$|\$|USD\s?)?(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<mag>\s*(?:million|billion|thousand|hundred|bn|m)\b)?(?<unit>\s*(?:%|percent|per\s+cent|hectares?|ha\b|km2|sq\.?\s*km|square\s+kilomet(?:er|re)s?|kilomet(?:er|re)s?|km\b|people|persons?|participants?|households?|farmers?|villages?|communities|projects?|countries|tonnes?|tons?|dollars?|USD|species|women|men|children|families|years))?", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishQuantity();
}
