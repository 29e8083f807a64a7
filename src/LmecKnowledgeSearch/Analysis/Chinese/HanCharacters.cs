using System.Buffers;

namespace LmecKnowledgeSearch.Analysis.Chinese;

/// <summary>Character classes the segmentation rules need (BMP only; supplementary ideographs stay as ICU gives them).</summary>
internal static class HanCharacters
{
    private static readonly SearchValues<char> ChineseNumerals = SearchValues.Create("〇○零一二三四五六七八九十百千万亿两");

    public static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    public static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    public static bool IsChineseNumeral(char c) => ChineseNumerals.Contains(c);

    public static bool IsZeroNumeral(char c) => c is '〇' or '○' or '零';

    public static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= 'ａ' and <= 'ｚ') or (>= 'Ａ' and <= 'Ｚ');
}
