using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Answering.Spans;

/// <summary>Dates in Chinese (2022年4月21日, 2017年11月, 2020年) and English (April 21, 2022; 2022-04-21; in 2020) forms.</summary>
public sealed partial class DateSpanFinder : ISpanFinder
{
    public IReadOnlyList<AnswerSpan> Find(string sentence, SpanContext context)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var spans = new List<AnswerSpan>();
        var taken = new bool[sentence.Length];
        // Most specific first: a full date hides the bare year inside it.
        Collect(sentence, ChineseDay(), 1.0, spans, taken);
        Collect(sentence, IsoDay(), 1.0, spans, taken);
        Collect(sentence, EnglishMonthDayYear(), 1.0, spans, taken);
        Collect(sentence, EnglishDayMonthYear(), 1.0, spans, taken);
        // News gives the day without its year (8月1日, on March 5): the year is the article's.
        Collect(sentence, ChineseMonthDay(), 0.85, spans, taken);
        Collect(sentence, EnglishMonthDay(), 0.8, spans, taken);
        Collect(sentence, ChineseMonth(), 0.9, spans, taken);
        Collect(sentence, EnglishMonthYear(), 0.9, spans, taken);
        Collect(sentence, ChineseYear(), 0.75, spans, taken);
        Collect(sentence, EnglishYear(), 0.7, spans, taken);
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    private static void Collect(string sentence, Regex pattern, double quality, List<AnswerSpan> spans, bool[] taken)
    {
        foreach (Match match in pattern.Matches(sentence))
        {
            var group = match.Groups["d"].Success ? match.Groups["d"] : match.Groups[0];
            if (Enumerable.Range(group.Index, group.Length).Any(i => taken[i]))
            {
                continue;
            }

            for (var i = group.Index; i < group.Index + group.Length; i++)
            {
                taken[i] = true;
            }

            spans.Add(new AnswerSpan(group.Value.Trim(), group.Index, group.Length, quality));
        }
    }

    private const string Months =
        "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

    [GeneratedRegex(@"(?<![\d])(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号](?:\s*[-—至到~]\s*\d{1,2}\s*[日号])?")]
    private static partial Regex ChineseDay();

    [GeneratedRegex(@"(?<![\d])(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?![\d])")]
    private static partial Regex IsoDay();

    [GeneratedRegex(Months + @"\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?,?\s+(?:19|20)\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishMonthDayYear();

    [GeneratedRegex(@"\b\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?\s+" + Months + @",?\s+(?:19|20)\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDayMonthYear();

    [GeneratedRegex(@"(?<![\d年])(?:1[0-2]|0?[1-9])\s*月\s*(?:3[01]|[12]\d|0?[1-9])\s*[日号](?:\s*[-—至到~]\s*\d{1,2}\s*[日号])?")]
    private static partial Regex ChineseMonthDay();

    [GeneratedRegex(@"\b" + Months + @"\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*[-–,]?\s*\d)", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishMonthDay();

    [GeneratedRegex(@"(?<![\d])(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:[上中下]旬|初|底|末|份)?")]
    private static partial Regex ChineseMonth();

    [GeneratedRegex(Months + @",?\s+(?:19|20)\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishMonthYear();

    [GeneratedRegex(@"(?<![\d])(?:(?:19|20)\d{2}\s*[-—–至到~]\s*)?(?:19|20)\d{2}\s*年(?:[上下]半年|初|底|末|春季|夏季|秋季|冬季|第[一二三四]季度)?")]
    private static partial Regex ChineseYear();

    [GeneratedRegex(@"\b(?:in|since|by|until|from|during|of|early|late|mid-?)\s+(?<d>(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishYear();
}
