using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Enrichment.Organisations;

/// <summary>
/// Unknown English organisations recognised by a head noun (… Institute, … University, Ministry of …): the name is the
/// run of capitalised words (with of/for/and between them) around the head, on single spaces only, so a heading or a
/// clause is never swallowed. "… Programme" counts only after UN/United Nations.
/// </summary>
internal static partial class EnglishOrganisationForms
{
    private const int MaxWordsEachSide = 6;

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "and", "&", "on", "the", "de", "du", "des" };

    // "the" never sits inside a name to the left of its head ("… and of the University of Dhaka").
    private static readonly HashSet<string> LeftConnectors = new(StringComparer.Ordinal) { "of", "for", "and", "&", "on", "de", "du", "des" };

    private static readonly HashSet<string> LeadingNoise = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "Those", "In", "At", "For", "And", "With", "By", "From", "Our", "Their", "Its", "His",
        "Her", "As", "On", "To", "A", "An", "Both", "Each", "Many", "Several", "Some", "Of", "Under", "Through", "Via",
        "Between", "Among", "While", "When", "Where", "If", "But", "Or", "Dr", "Mr", "Ms", "Mrs", "Prof", "Professor",
        "Director", "President", "Head", "Chair", "Dean", "Former", "Said", "According", "New", "Other", "Every", "Such",
        "NGO", "NGOs", "CSO", "CSOs",
    };

    // Heads that also name rooms or parts of a city need two capitalised words before them.
    private static readonly HashSet<string> WeakHeads = new(StringComparer.Ordinal) { "Centre", "Center", "Council", "Agency", "Society", "Alliance" };

    public static IEnumerable<TextSpan> Find(string text)
    {
        foreach (Match head in HeadPattern().Matches(text))
        {
            var word = head.Value;
            if (word is "Ministry" or "Department" or "Bureau")
            {
                var right = ExtendRight(text, head.Index + head.Length);
                if (right > head.Index + head.Length)
                {
                    yield return new TextSpan(head.Index, right - head.Index);
                }

                continue;
            }

            var (start, capitalised) = ExtendLeft(text, head.Index);
            var end = ExtendRight(text, head.Index + head.Length);
            var hasRight = end > head.Index + head.Length;
            if (word is "Programme" or "Program" && !StartsWithUn(text, start, head.Index))
            {
                continue;
            }

            var needed = WeakHeads.Contains(word) ? 2 : 1;
            if (capitalised >= needed || (hasRight && word is "University" or "Institute" or "Academy"))
            {
                yield return new TextSpan(start, end - start);
            }
        }
    }

    private static bool StartsWithUn(string text, int start, int headStart)
    {
        var span = text.AsSpan(start, headStart - start);
        return span.StartsWith("UN ", StringComparison.Ordinal) || span.StartsWith("United Nations ", StringComparison.Ordinal)
            || span.StartsWith("UN-", StringComparison.Ordinal);
    }

    private static (int Start, int Capitalised) ExtendLeft(string text, int headStart)
    {
        var words = new List<(int Start, string Word)>();
        var position = headStart;
        while (words.Count < MaxWordsEachSide && PreviousWord(text, position) is { } previous)
        {
            var (wordStart, word) = previous;
            if (!IsCapitalised(word) && !LeftConnectors.Contains(word))
            {
                break;
            }

            // Two connectors in a row ("and of", "of the") join two names, they do not sit inside one.
            if (LeftConnectors.Contains(word) && words.Count > 0 && LeftConnectors.Contains(words[^1].Word))
            {
                words.RemoveAt(words.Count - 1);
                break;
            }

            words.Add((wordStart, word));
            position = wordStart;
        }

        // Trim from the far end: connectors and sentence-opening words are not part of a name.
        while (words.Count > 0 && (Connectors.Contains(words[^1].Word) || LeadingNoise.Contains(words[^1].Word)))
        {
            words.RemoveAt(words.Count - 1);
        }

        // "Researchers at the Mekong Institute": stop at the nearest connector run that follows a noise word.
        var capitalised = words.Count(w => IsCapitalised(w.Word));
        return words.Count == 0 ? (headStart, 0) : (words[^1].Start, capitalised);
    }

    private static int ExtendRight(string text, int headEnd)
    {
        var position = headEnd;
        var lastGood = headEnd;
        var taken = 0;
        var first = true;
        while (taken < MaxWordsEachSide + 2 && NextWord(text, position) is { } next)
        {
            var (wordEnd, word) = next;
            if (first && word is not ("of" or "for" or "on"))
            {
                break;
            }

            first = false;
            var possessive = PossessiveLength(word);
            if (possessive > 0)
            {
                if (IsCapitalised(word))
                {
                    lastGood = wordEnd - possessive;
                }

                break;
            }

            if (IsCapitalised(word))
            {
                lastGood = wordEnd;
            }
            else if (!Connectors.Contains(word))
            {
                break;
            }

            position = wordEnd;
            taken++;
        }

        return lastGood;
    }

    private static int PossessiveLength(string word) =>
        word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) ? 2
        : word.EndsWith('’') || word.EndsWith('\'') ? 1
        : 0;

    private static (int Start, string Word)? PreviousWord(string text, int position)
    {
        if (position < 2 || text[position - 1] != ' ')
        {
            return null;
        }

        var end = position - 1;
        var start = end;
        while (start > 0 && IsWordChar(text[start - 1]))
        {
            start--;
        }

        return start == end || (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '"' or '“'))
            ? null
            : Clean(text, start, end);
    }

    private static (int End, string Word)? NextWord(string text, int position)
    {
        if (position >= text.Length - 1 || text[position] != ' ')
        {
            return null;
        }

        var start = position + 1;
        var end = start;
        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }

        if (end == start)
        {
            return null;
        }

        // A full stop right after a lower-case letter ends a sentence even when the space after it is missing
        // ("Bureau of Statistics.Statistical yearbook"); initials (U.S.) keep theirs.
        for (var i = start + 1; i < end; i++)
        {
            if (text[i] == '.' && char.IsAsciiLetterLower(text[i - 1]))
            {
                end = i;
                break;
            }
        }

        // A trailing full stop ends the sentence, so the word before it is the last one taken.
        var word = text[start..end];
        if (word.EndsWith('.') && !IsInitials(word))
        {
            word = word[..^1];
            end--;
        }

        return (end, word);
    }

    private static (int Start, string Word)? Clean(string text, int start, int end)
    {
        var word = text[start..end];
        return word.EndsWith('.') && !IsInitials(word) ? null : (start, word);
    }

    private static bool IsInitials(string word) => InitialsPattern().IsMatch(word);

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '\'' or '’' or '-' or '.' or '&';

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsAsciiLetterUpper(word[0]) && !LeadingNoiseOnly(word);

    private static bool LeadingNoiseOnly(string word) => word is "I";

    [GeneratedRegex(@"(?<![A-Za-z0-9])(Institute|University|Foundation|Association|Commission|Academy|Federation|Organi[sz]ation|Secretariat|Centre|Center|Council|Agency|Society|Alliance|Programme|Program|Ministry|Department|Bureau)(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex HeadPattern();

    [GeneratedRegex(@"^([A-Z]\.)+$", RegexOptions.CultureInvariant)]
    private static partial Regex InitialsPattern();
}
