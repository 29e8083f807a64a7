using System.Globalization;

namespace LmecKnowledgeSearch.Ingestion.Text;

/// <summary>
/// Tells decoded text from binary data that happens to decode: any legacy encoding turns random bytes into characters,
/// but real text has almost no control characters, replacement characters or unassigned code points.
/// </summary>
public static class BinaryContent
{
    // Share of implausible characters above which the "text" is binary; real documents stay far below it.
    private const double MaxImplausibleShare = 0.02;

    /// <summary>The reason the text is binary, or null when it reads as text.</summary>
    public static string? Describe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var implausible = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (IsImplausible(c))
            {
                implausible++;
            }
        }

        return implausible > Math.Max(8, text.Length * MaxImplausibleShare)
            ? $"binary data, not text ({implausible:N0} control or undecodable characters in {text.Length:N0})"
            : null;
    }

    private static bool IsImplausible(char c) =>
        c is '\uFFFD' or '\0'
        || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
        || char.IsSurrogate(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse;
}
