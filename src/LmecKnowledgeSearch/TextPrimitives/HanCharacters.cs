using System.Buffers;

namespace LmecKnowledgeSearch.TextPrimitives;

/// <summary>
/// The one definition of "a Han character" and the other character classes Chinese text rules need.
/// Han here is what a single UTF-16 char can hold: CJK Unified Ideographs (U+4E00–9FFF), Extension A (U+3400–4DBF) and
/// the CJK Compatibility Ideographs (U+F900–FAFF) that legacy encodings (Big5, GBK) map some characters to.
/// Extensions B and later live outside the BMP as surrogate pairs; they are rare in our archive and left to ICU's
/// segmentation rather than judged one char at a time. Radicals, CJK punctuation and 〇 are not Han.
/// </summary>
public static class HanCharacters
{
    private static readonly SearchValues<char> ChineseNumerals = SearchValues.Create("〇○零一二三四五六七八九十百千万亿两");

    public static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    public static bool ContainsHan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Any(IsHan);
    }

    public static int CountHan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Count(IsHan);
    }

    /// <summary>Han ideographs, kana, hangul and CJK/full-width punctuation: characters written without spaces between them.</summary>
    public static bool IsCjkScript(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' // radicals, CJK punctuation, kana, bopomofo, CJK unified
        || c is >= '\uAC00' and <= '\uD7AF' // hangul
        || c is >= '\uF900' and <= '\uFAFF' // compatibility ideographs
        || c is >= '\uFE30' and <= '\uFE4F' // vertical forms
        || c is >= '\uFF00' and <= '\uFFEF' // full-width forms
        || char.IsSurrogate(c); // supplementary ideographs (extension B+) arrive as surrogate pairs

    public static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    public static bool IsChineseNumeral(char c) => ChineseNumerals.Contains(c);

    public static bool IsZeroNumeral(char c) => c is '〇' or '○' or '零';

    public static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= 'ａ' and <= 'ｚ') or (>= 'Ａ' and <= 'Ｚ');
}
