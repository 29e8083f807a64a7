namespace LmecKnowledgeSearch.TextPrimitives;

/// <summary>Full-width ASCII variants (U+FF01–FF5E) and the ideographic space folded to ASCII, one char for one char.</summary>
public static class WidthFolding
{
    public static string FoldFullWidthAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfFoldable(text);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.first; i < span.Length; i++)
            {
                span[i] = Fold(span[i]);
            }
        });
    }

    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    private static int IndexOfFoldable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= '\uFF01' and <= '\uFF5E' or '\u3000')
            {
                return i;
            }
        }

        return -1;
    }
}
