using LmecKnowledgeSearch.Ingestion;

namespace LmecKnowledgeSearch.Enrichment.Experts;

/// <summary>
/// One non-empty line of <see cref="ExtractedDocument.Text"/>, trimmed, with its offset in that text.
/// Structure detection works on lines rather than blocks because PDF and DOCX renditions group the same
/// briefing differently: a speaker, an affiliation and a statement may be three blocks or one block with line breaks.
/// </summary>
internal sealed record DocumentLine(string Text, int Start, int Block, bool StartsBlock, BlockKind Kind)
{
    public int End => Start + Text.Length;

    public static IReadOnlyList<DocumentLine> Split(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = new List<DocumentLine>();
        var blockStart = 0;
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            var text = document.Blocks[b].Text;
            var lineStart = 0;
            var first = true;
            while (lineStart <= text.Length)
            {
                var newline = text.IndexOf('\n', lineStart);
                var lineEnd = newline < 0 ? text.Length : newline;
                var (trimStart, trimEnd) = Trim(text, lineStart, lineEnd);
                if (trimEnd > trimStart)
                {
                    lines.Add(new DocumentLine(text[trimStart..trimEnd], blockStart + trimStart, b, first, document.Blocks[b].Kind));
                    first = false;
                }

                if (newline < 0)
                {
                    break;
                }

                lineStart = newline + 1;
            }

            blockStart += text.Length + 2;
        }

        return lines;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && IsBlank(text[start]))
        {
            start++;
        }

        while (end > start && IsBlank(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    // Full-width spaces and BOMs survive many converters; they are not content.
    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\u200B';
}
