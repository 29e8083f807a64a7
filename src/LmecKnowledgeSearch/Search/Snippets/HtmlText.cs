using System.Text;

namespace LmecKnowledgeSearch.Search.Snippets;

/// <summary>
/// Escapes document text for HTML. Only the five markup characters are replaced: WebUtility.HtmlEncode would also turn
/// Latin-1 letters and every supplementary-plane character into numeric entities, which bloats the JSON for nothing.
/// </summary>
public static class HtmlText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
