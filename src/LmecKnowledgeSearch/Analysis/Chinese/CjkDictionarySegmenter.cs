using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using ICU4N.Util;

namespace LmecKnowledgeSearch.Analysis.Chinese;

/// <summary>
/// ICU's Chinese word search run directly: a least-cost path through <see cref="CjkDictionary"/> over each run of Han
/// characters (unknown characters alone at ICU's cost of 255), Latin words and numbers cut as Unicode word rules do,
/// and runs of other scripts (Thai, Lao, Khmer, Myanmar, kana, Hangul…) handed to ICU's BreakIterator, which has their
/// dictionaries. Same words as <see cref="IcuSegmenter"/> on Chinese, without the iterator's per-character overhead.
/// </summary>
public sealed class CjkDictionarySegmenter : ISegmenter
{
    private const int UnknownCharacterCost = 255;

    private readonly CjkDictionary dictionary;
    private readonly IcuSegmenter otherScripts;
    private readonly ConcurrentBag<CharsTrie> walkers = [];

    public CjkDictionarySegmenter(CjkDictionary dictionary, IcuSegmenter otherScripts)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(otherScripts);
        this.dictionary = dictionary;
        this.otherScripts = otherScripts;
    }

    public IReadOnlyList<Segment> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var segments = new List<Segment>();
        var walker = walkers.TryTake(out var pooled) ? pooled : dictionary.CreateWalker();
        try
        {
            var i = 0;
            while (i < text.Length)
            {
                var kind = ClassOf(text, i);
                switch (kind)
                {
                    case CharClass.Han:
                        i = AddHanRun(walker, text, i, segments);
                        break;
                    case CharClass.Letter or CharClass.Digit:
                        i = AddLatinWord(text, i, segments);
                        break;
                    case CharClass.OtherScript:
                        i = AddOtherScriptRun(text, i, segments);
                        break;
                    default:
                        i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                        break;
                }
            }
        }
        finally
        {
            walkers.Add(walker);
        }

        return segments;
    }

    private int AddHanRun(CharsTrie walker, string text, int start, List<Segment> segments)
    {
        var end = start;
        while (end < text.Length && ClassOf(text, end) == CharClass.Han)
        {
            end += char.IsHighSurrogate(text[end]) ? 2 : 1;
        }

        end = Math.Min(end, text.Length);
        var length = end - start;
        // Short runs (nearly all) keep their path arrays on the stack.
        int[]? rented = null;
        Span<int> path = length < 256 ? stackalloc int[2 * (length + 1)] : (rented = ArrayPool<int>.Shared.Rent(2 * (length + 1)));
        var best = path[..(length + 1)];
        var previous = path.Slice(length + 1, length + 1);
        best.Fill(int.MaxValue);
        best[0] = 0;
        Span<int> lengths = stackalloc int[CjkDictionary.MaxWordLength + 1];
        Span<int> costs = stackalloc int[CjkDictionary.MaxWordLength + 1];
        for (var p = 0; p < length; p++)
        {
            if (best[p] == int.MaxValue)
            {
                continue;
            }

            var count = dictionary.Matches(walker, text, start + p, end, lengths, costs);
            var unit = char.IsHighSurrogate(text[start + p]) && p + 1 < length ? 2 : 1;
            if (count == 0 || lengths[0] != unit)
            {
                lengths[count] = unit;
                costs[count] = UnknownCharacterCost;
                count++;
            }

            for (var k = 0; k < count; k++)
            {
                var q = p + lengths[k];
                var cost = best[p] + costs[k];
                if (cost < best[q])
                {
                    best[q] = cost;
                    previous[q] = p;
                }
            }
        }

        // Walk the best path back, then reverse that stretch: inserting at the front would be quadratic on long runs.
        var first = segments.Count;
        for (var q = length; q > 0; q = previous[q])
        {
            segments.Add(new Segment(start + previous[q], q - previous[q], SegmentKind.Ideographic));
        }

        segments.Reverse(first, segments.Count - first);
        if (rented is not null)
        {
            ArrayPool<int>.Shared.Return(rented);
        }

        return end;
    }

    /// <summary>Letters and digits joined as UAX #29 joins them: U.S.A, don't, 2.5, 1,000, PM2.5 (not COVID-19).</summary>
    private static int AddLatinWord(string text, int start, List<Segment> segments)
    {
        var i = start;
        var hasLetter = false;
        while (i < text.Length)
        {
            var kind = ClassOf(text, i);
            if (kind is CharClass.Letter or CharClass.Digit or CharClass.Mark || text[i] == '_')
            {
                hasLetter |= kind == CharClass.Letter;
                i++;
                continue;
            }

            if (i + 1 < text.Length && i > start && JoinsAcross(text[i], ClassOf(text, i - 1), ClassOf(text, i + 1)))
            {
                i++;
                continue;
            }

            break;
        }

        segments.Add(new Segment(start, i - start, hasLetter ? SegmentKind.Alphanumeric : SegmentKind.Numeric));
        return i;
    }

    private static bool JoinsAcross(char c, CharClass before, CharClass after) => c switch
    {
        '.' or '．' => (before == CharClass.Letter && after == CharClass.Letter) || (before == CharClass.Digit && after == CharClass.Digit),
        '\'' or '’' or ':' or '·' => before == CharClass.Letter && after == CharClass.Letter,
        ',' or ';' => before == CharClass.Digit && after == CharClass.Digit,
        _ => false,
    };

    private int AddOtherScriptRun(string text, int start, List<Segment> segments)
    {
        var end = start;
        while (end < text.Length && ClassOf(text, end) is CharClass.OtherScript or CharClass.Mark)
        {
            end += char.IsHighSurrogate(text[end]) && end + 1 < text.Length ? 2 : 1;
        }

        foreach (var segment in otherScripts.Segment(text[start..end]))
        {
            segments.Add(segment with { Start = segment.Start + start });
        }

        return end;
    }

    private enum CharClass
    {
        None,
        Han,
        Letter,
        Digit,
        Mark,
        OtherScript,
    }

    private static CharClass ClassOf(string text, int i)
    {
        var c = text[i];
        if (HanCharacters.IsHan(c) || c == '〇')
        {
            return CharClass.Han;
        }

        if (c < 0x80)
        {
            return c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') ? CharClass.Letter : c is >= '0' and <= '9' ? CharClass.Digit : CharClass.None;
        }

        if (char.IsHighSurrogate(c))
        {
            if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return CharClass.None;
            }

            var codePoint = char.ConvertToUtf32(c, text[i + 1]);
            // Supplementary ideographs (CJK extensions B–H) are Han; emoji and other symbols are not words.
            return codePoint is >= 0x20000 and <= 0x3FFFF ? CharClass.Han
                : char.IsLetter(text, i) ? CharClass.OtherScript : CharClass.None;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.DecimalDigitNumber:
                return CharClass.Digit;
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                return CharClass.Mark;
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter:
                // Latin, Greek, Cyrillic and full-width Latin are cut here; other scripts go to ICU with their dictionaries.
                return c < 0x0530 || c is >= '\uFF21' and <= '\uFF5A' || c is >= '\u1E00' and <= '\u1EFF' ? CharClass.Letter : CharClass.OtherScript;
            default:
                return CharClass.None;
        }
    }
}
