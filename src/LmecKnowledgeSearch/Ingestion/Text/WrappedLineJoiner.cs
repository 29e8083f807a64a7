using System.Text;

namespace LmecKnowledgeSearch.Ingestion.Text;

/// <summary>
/// Joins the visual lines of one paragraph back into running text: a Latin word hyphenated at a line end is re-joined,
/// other Latin line breaks become a space, and a break between two CJK characters disappears (Chinese has no spaces,
/// and a space there would split words for the segmenter).
/// </summary>
public static class WrappedLineJoiner
{
    public static string Join(IEnumerable<string> lines, bool joinHyphenatedWords = true)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var builder = new StringBuilder();
        foreach (var rawLine in lines)
        {
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                AppendBreak(builder, line, joinHyphenatedWords);
            }

            builder.Append(line);
        }

        return builder.ToString();
    }

    private static void AppendBreak(StringBuilder builder, string next, bool joinHyphenatedWords)
    {
        var last = builder[^1];
        var first = next[0];
        if (joinHyphenatedWords && last == '-' && builder.Length >= 2 && char.IsLetterOrDigit(builder[^2]) && !HanCharacters.IsCjkScript(builder[^2]))
        {
            if (char.IsLower(first))
            {
                // "environ-" + "mental": a word split for justification, not a compound.
                builder.Length--;
            }

            // "Lancang-" + "Mekong", "2008-" + "2011": a compound or range that happened to wrap; the hyphen stays, no space.
            return;
        }

        if (HanCharacters.IsCjkScript(last) && HanCharacters.IsCjkScript(first))
        {
            return;
        }

        builder.Append(' ');
    }
}
