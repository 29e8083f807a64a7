using System.Globalization;
using System.Text;

namespace LmecKnowledgeSearch.Ingestion.Text;

/// <summary>Whitespace rules shared by the readers, so every format yields block text of the same shape.</summary>
public static class BlockText
{
    /// <summary>Collapses runs of spaces and tabs (incl. no-break and ideographic spaces) to one space, trims each line and drops blank lines.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var rawLine in NormaliseLineEndings(text).Split('\n'))
        {
            var line = CollapseSpaces(rawLine);
            if (line.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(line);
        }

        return builder.ToString();
    }

    /// <summary>Collapses all whitespace, line breaks included, to single spaces.</summary>
    public static string CollapseSpaces(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public static string NormaliseLineEndings(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\u2028', '\n').Replace('\u2029', '\n');

    /// <summary>Reads a date a document states about itself: ISO ("2022-05-20", with or without time), "2022/5/20", "2022年5月20日".</summary>
    public static DateOnly? ParseDeclaredDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim().Trim('"', '\'');
        var match = System.Text.RegularExpressions.Regex.Match(trimmed, @"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})");
        if (match.Success
            && int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(match.Groups[2].Value, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(match.Groups[3].Value, CultureInfo.InvariantCulture, out var day)
            && year is > 1000 and < 3000 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? DateOnly.FromDateTime(parsed.UtcDateTime)
            : null;
    }
}
