namespace LmecKnowledgeSearch.Analysis.Chinese;

/// <summary>
/// Finds number expressions as the SIGHAN (PKU) guidelines write them: a number with its decimal part and %/万/亿
/// (55.6亿, 25％), a date part with its unit (2001年, 十二月, 三十一日), an ordinal (第三, 第19), a spelled-out number
/// (二○○○, 三百五十). A bare measure word stays apart (一 年 as a duration, 3 张).
/// </summary>
internal static class NumberSpanScanner
{
    /// <summary>Length of the number expression starting at <paramref name="start"/>, or 0.</summary>
    public static int MatchAt(string text, int start)
    {
        var i = start;
        var ordinal = text[i] == '第';
        if (ordinal)
        {
            i++;
        }

        if (i >= text.Length)
        {
            return 0;
        }

        if (HanCharacters.IsDigit(text[i]))
        {
            if (i > 0 && (HanCharacters.IsAsciiLetter(text[i - 1]) || HanCharacters.IsDigit(text[i - 1]) || text[i - 1] is '-' or '.' or '_'))
            {
                return 0;
            }

            var end = ArabicEnd(text, i);
            if (end < text.Length && (HanCharacters.IsAsciiLetter(text[end]) || text[end] is '-' or '_'))
            {
                return 0; // COVID-19, 5G, PM2.5: mixed tokens stay as ICU gives them.
            }

            if (ordinal)
            {
                return end - start;
            }

            if (end < text.Length)
            {
                var next = text[end];
                // A four-digit number before 年 is a year (2001年); a shorter one is a duration (10 年), number and measure.
                var isYear = next == '年' && end - i == 4;
                if (next is '%' or '％' or '‰' or '万' or '亿' or '月' or '日' or '号' || isYear)
                {
                    end++;
                    if (next is '万' or '亿' && end < text.Length && text[end] == '亿')
                    {
                        end++;
                    }
                }
            }

            return end - start;
        }

        if (!HanCharacters.IsChineseNumeral(text[i]))
        {
            return 0;
        }

        var runEnd = i;
        var hasZero = false;
        var hasPlaceValue = false;
        while (runEnd < text.Length && HanCharacters.IsChineseNumeral(text[runEnd]))
        {
            hasZero |= HanCharacters.IsZeroNumeral(text[runEnd]);
            hasPlaceValue |= text[runEnd] is '十' or '百' or '千' or '万' or '亿';
            runEnd++;
        }

        var runLength = runEnd - i;
        if (ordinal)
        {
            return runEnd - start;
        }

        if (runEnd < text.Length)
        {
            var unit = text[runEnd];
            // A year is spelled digit by digit (二○○一年); 一年/十年 are durations, a numeral and a measure word.
            var isYear = unit == '年' && runLength >= 3 && (hasZero || !hasPlaceValue);
            var isMonth = unit == '月' && runLength <= 3 && !hasZero && text[i] != '两';
            var isDay = unit is '日' or '号' && runLength >= 2 && !hasZero;
            if (isYear || isMonth || isDay)
            {
                return runEnd + 1 - start;
            }
        }

        return runLength >= 2 ? runEnd - start : 0;
    }

    private static int ArabicEnd(string text, int i)
    {
        while (i < text.Length && HanCharacters.IsDigit(text[i]))
        {
            i++;
        }

        // Decimal points and thousands separators belong to the number only when a digit follows them.
        while (i + 1 < text.Length && text[i] is '.' or '．' or ',' && HanCharacters.IsDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && HanCharacters.IsDigit(text[i]))
            {
                i++;
            }
        }

        return i;
    }
}
