using System.Net;
using System.Text;
using Spectre.Console;

namespace LmecKnowledgeSearch.Cli.Rendering;

/// <summary>Turns a snippet's HTML (escaped text with &lt;mark&gt;) into console markup with the matches highlighted.</summary>
public static class SnippetMarkup
{
    public static string ToConsoleMarkup(string snippetHtml)
    {
        var builder = new StringBuilder();
        var parts = snippetHtml.Split("<mark>");
        builder.Append(TerminalText.Escape(WebUtility.HtmlDecode(parts[0])));
        foreach (var part in parts.Skip(1))
        {
            var split = part.Split("</mark>", 2);
            builder.Append("[black on yellow]").Append(TerminalText.Escape(WebUtility.HtmlDecode(split[0]))).Append("[/]");
            if (split.Length > 1)
            {
                builder.Append(TerminalText.Escape(WebUtility.HtmlDecode(split[1])));
            }
        }

        return builder.ToString();
    }
}
