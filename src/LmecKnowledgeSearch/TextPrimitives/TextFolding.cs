namespace LmecKnowledgeSearch.TextPrimitives;

/// <summary>
/// One-to-one character folding for matching names (dashes, apostrophes, spaces and middle dots to one form each, then
/// <see cref="WidthFolding"/>), so offsets found on folded text are offsets into the original.
/// </summary>
public static class TextFolding
{
    public static char Fold(char c) => c switch
    {
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFF0D' or '\uFE63' => '-',
        '\u2018' or '\u2019' or '\u02BC' or '\uFF07' => '\'',
        '\u00A0' or '\t' or '\n' or '\r' or '\u2009' or '\u202F' => ' ',
        '\u00B7' or '\u30FB' or '\u2022' => '·',
        _ => WidthFolding.Fold(c),
    };

    public static char FoldIgnoreCase(char c) => char.ToLowerInvariant(Fold(c));

    /// <summary>Letters and digits of alphabetic scripts: a Latin name must not begin or end next to one.</summary>
    public static bool IsLatinWordChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
        || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7')
        || (c >= '\u1E00' && c <= '\u1EFF')
        || (c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A');

    private static readonly string[] UrlMarks = ["://", "www.", "@", ".org", ".com", ".net", ".htm", "%2", "%E", "_posts"];

    /// <summary>True when [start, end) lies inside a URL, e-mail address or path, where a slug like "mekong-delta" is no mention.</summary>
    public static bool IsInsideUrl(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var left = start;
        while (left > 0 && start - left < 160 && IsUrlChar(text[left - 1]))
        {
            left--;
        }

        var right = end;
        while (right < text.Length && right - end < 160 && IsUrlChar(text[right]))
        {
            right++;
        }

        var token = text.AsSpan(left, right - left);
        foreach (var mark in UrlMarks)
        {
            if (token.Contains(mark, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUrlChar(char c) => c > ' ' && c < '\u007F' && c is not ('(' or ')' or '<' or '>' or '"' or '[' or ']' or ',' or ';');
}
