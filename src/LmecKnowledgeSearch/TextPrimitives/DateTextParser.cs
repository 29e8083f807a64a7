using System.Globalization;
using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.TextPrimitives;

/// <summary>How much of a found date the text stated: a month-only date is reported as the first of that month.</summary>
public enum DatePrecision
{
    Day,
    Month,
}

/// <summary>A date written in a text, with where it was written.</summary>
public sealed record DateMention(DateOnly Date, int Start, int Length, DatePrecision Precision);

/// <summary>
/// Finds calendar dates in Chinese and English text (2022年5月20日, 二〇二二年五月二十日, 2022-05-20, 2022/5/20,
/// 20 May 2022, May 20, 2022) and in file names (2016-08-03-…, 20160803, 202203).
/// </summary>
public sealed partial class DateTextParser
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>All dates in <paramref name="text"/>, in text order. Month-only Chinese dates (2022年5月) are included
    /// with <see cref="DatePrecision.Month"/> only when <paramref name="includeMonthOnly"/> is set.</summary>
    public IReadOnlyList<DateMention> FindAll(string text, bool includeMonthOnly = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateMention>();
        foreach (Match m in ChineseDate().Matches(text))
        {
            Add(found, m, ParseNumber(m.Groups["y"].Value), ParseNumber(m.Groups["m"].Value), ParseNumber(m.Groups["d"].Value));
        }

        foreach (Match m in NumericDate().Matches(text))
        {
            Add(found, m, ParseNumber(m.Groups["y"].Value), ParseNumber(m.Groups["m"].Value), ParseNumber(m.Groups["d"].Value));
        }

        foreach (Match m in DayMonthYear().Matches(text))
        {
            Add(found, m, ParseNumber(m.Groups["y"].Value), MonthNumber(m.Groups["mon"].Value), ParseNumber(m.Groups["d"].Value));
        }

        foreach (Match m in MonthDayYear().Matches(text))
        {
            Add(found, m, ParseNumber(m.Groups["y"].Value), MonthNumber(m.Groups["mon"].Value), ParseNumber(m.Groups["d"].Value));
        }

        if (includeMonthOnly)
        {
            foreach (Match m in ChineseMonth().Matches(text))
            {
                if (!found.Any(f => f.Start <= m.Index && m.Index < f.Start + f.Length))
                {
                    Add(found, m, ParseNumber(m.Groups["y"].Value), ParseNumber(m.Groups["m"].Value), 1, DatePrecision.Month);
                }
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The first day-precision date in <paramref name="text"/>, or null.</summary>
    public DateOnly? FindFirst(string text) => FindAll(text) is { Count: > 0 } all ? all[0].Date : null;

    /// <summary>A month and day without a year ("4月21日", "21 April"), completed with <paramref name="year"/>.</summary>
    public DateOnly? FindMonthDay(string text, int year)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = ChineseMonthDay().Match(text);
        if (m.Success && TryDate(year, ParseNumber(m.Groups["m"].Value), ParseNumber(m.Groups["d"].Value), out var date))
        {
            return date;
        }

        return null;
    }

    /// <summary>A date in a file name: 2016-08-03-title, 20160803, 2022_03, 202203 (month-only gives the 1st).</summary>
    public DateOnly? FromFileName(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileNameWithoutExtension(path);
        var full = FileDay().Match(name);
        if (full.Success && TryDate(ParseNumber(full.Groups["y"].Value), ParseNumber(full.Groups["m"].Value), ParseNumber(full.Groups["d"].Value), out var day))
        {
            return day;
        }

        var month = FileMonth().Match(name);
        if (month.Success && TryDate(ParseNumber(month.Groups["y"].Value), ParseNumber(month.Groups["m"].Value), 1, out var first))
        {
            return first;
        }

        return FindAll(name).FirstOrDefault()?.Date;
    }

    private static void Add(List<DateMention> found, Match m, int year, int month, int day, DatePrecision precision = DatePrecision.Day)
    {
        if (TryDate(year, month, day, out var date) && !found.Any(f => f.Start == m.Index))
        {
            found.Add(new DateMention(date, m.Index, m.Length, precision));
        }
    }

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int MonthNumber(string name)
    {
        var key = name.Length >= 3 ? name[..3].ToLowerInvariant() : name.ToLowerInvariant();
        return Array.IndexOf(MonthNames, key) + 1;
    }

    /// <summary>Arabic digits (also full-width) or Chinese numerals: 2022, ２０２２, 二〇二二, 二十一, 十二.</summary>
    internal static int ParseNumber(string text)
    {
        var s = text.Trim();
        if (s.Length == 0)
        {
            return -1;
        }

        if (s.All(char.IsDigit))
        {
            return int.Parse(s.Normalize(System.Text.NormalizationForm.FormKC), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        const string digits = "〇零一二三四五六七八九";
        if (!s.Contains('十') && !s.Contains('百') && !s.Contains('千'))
        {
            // Digit by digit, as years are written: 二〇二二.
            var value = 0;
            foreach (var c in s)
            {
                var d = digits.IndexOf(c);
                if (d < 0)
                {
                    return -1;
                }

                value = (value * 10) + Math.Max(0, d - 1);
            }

            return value;
        }

        var total = 0;
        var current = 0;
        foreach (var c in s)
        {
            var d = digits.IndexOf(c);
            if (d >= 0)
            {
                current = Math.Max(0, d - 1);
            }
            else if (c == '十')
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else if (c == '百')
            {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
            else if (c == '千')
            {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            }
            else
            {
                return -1;
            }
        }

        return total + current;
    }

    private const string HanDigits = "〇零一二三四五六七八九十";

    [GeneratedRegex(@"(?<![\d０-９])(?<y>[\d０-９]{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?<m>[\d０-９]{1,2}|[" + HanDigits + @"]{1,2})\s*月\s*(?<d>[\d０-９]{1,2}|[" + HanDigits + @"]{1,3})\s*[日号]")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"(?<![\d０-９])(?<y>[\d０-９]{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?<m>[\d０-９]{1,2}|[" + HanDigits + @"]{1,2})\s*月(?!\s*[\d０-９" + HanDigits + @"]{1,3}\s*[日号])")]
    private static partial Regex ChineseMonth();

    [GeneratedRegex(@"(?<![\d０-９年])(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*[日号]")]
    private static partial Regex ChineseMonthDay();

    [GeneratedRegex(@"(?<![\d.])(?<y>(?:19|20)\d{2})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?![\d])")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<![A-Za-z])(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})[-_.]?(?<m>0[1-9]|1[0-2])[-_.]?(?<d>0[1-9]|[12]\d|3[01])(?!\d)")]
    private static partial Regex FileDay();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})[-_.]?(?<m>0[1-9]|1[0-2])(?!\d)")]
    private static partial Regex FileMonth();
}
