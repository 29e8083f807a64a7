using System.Text;
using Spectre.Console;

namespace LmecKnowledgeSearch.Cli.Rendering;

/// <summary>
/// Text from documents and file names shown on a terminal: control characters are made visible (ESC as \x1B), so a
/// file name or title cannot move the cursor, recolour the screen or rewrite what was printed. Line breaks and tabs
/// are kept.
/// </summary>
public static class TerminalText
{
    /// <summary>Safe text, escaped for Spectre markup.</summary>
    public static string Escape(string? text) => Markup.Escape(Visible(text ?? string.Empty));

    /// <summary>Safe text for plain writers (stderr).</summary>
    public static string Visible(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsHidden))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsHidden(c))
            {
                builder.Append(c <= 0xFF ? $"\\x{(int)c:X2}" : $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // C0 and C1 controls (ESC, CSI, BEL, backspace, carriage return…) and the bidirectional overrides that reorder what a line shows.
    private static bool IsHidden(char c) =>
        (char.IsControl(c) && c is not ('\n' or '\t')) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
