using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Enrichment.CaseStudies;

/// <summary>A sentence of a passage with its offset; <paramref name="StartsParagraph"/> marks a hard break before it.</summary>
internal sealed record PassageSentence(string Text, int Start, bool StartsParagraph)
{
    public int End => Start + Text.Length;
}

/// <summary>Splits Chinese and English prose into sentences (。！？； and . ! ? ; followed by a space and a capital).</summary>
internal static partial class PassageSentenceSplitter
{
    public static IReadOnlyList<PassageSentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<PassageSentence>();
        var start = 0;
        var paragraphBreak = true;
        foreach (Match end in SentenceEnd().Matches(text))
        {
            Add(sentences, text, start, end.Index + end.Length, ref paragraphBreak);
            if (end.Value.Contains("\n\n", StringComparison.Ordinal) || end.Value.Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                paragraphBreak = true;
            }

            start = end.Index + end.Length;
        }

        Add(sentences, text, start, text.Length, ref paragraphBreak);
        return sentences;
    }

    private static void Add(List<PassageSentence> sentences, string text, int start, int end, ref bool paragraphBreak)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new PassageSentence(text[start..end], start, paragraphBreak));
            paragraphBreak = false;
        }
    }

    // Closing quotes and brackets stay with their sentence; a blank line ends a sentence even without punctuation.
    // Initials and common abbreviations ("U.S.", "Dr.", "e.g.") do not end one.
    [GeneratedRegex(@"[。！？；]+[”’」』）)]*|(?<!\b(?:[A-Z]|Dr|Mr|Ms|Mrs|Prof|St|No|Co|Inc|Ltd|Corp|Dept|Gov|vs|etc|e\.g|i\.e|al))[.!?;]+[”’""')]*(?=\s+[A-Z“""(\d])|\n\s*\n")]
    private static partial Regex SentenceEnd();
}
