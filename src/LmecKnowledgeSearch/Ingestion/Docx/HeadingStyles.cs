using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LmecKnowledgeSearch.Ingestion.Docx;

/// <summary>
/// Which paragraph styles are headings. Style ids vary by the language Word ran in ("Heading1", "1", "a3"), so the
/// style name ("heading 1", "标题 1", "Title") and outline level decide, following basedOn inheritance.
/// </summary>
internal sealed partial class HeadingStyles
{
    private const int NotHeading = -1;
    private const int TitleLevel = 0;

    private readonly Dictionary<string, Style> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> levels = new(StringComparer.Ordinal);

    public HeadingStyles(Styles? styles)
    {
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                byId.TryAdd(id, style);
            }
        }
    }

    /// <summary>0 for a title, 1..9 for heading levels, -1 for body text.</summary>
    public int LevelOf(Paragraph paragraph)
    {
        if (paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
        {
            return outline + 1;
        }

        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        return styleId is null ? NotHeading : LevelOfStyle(styleId);
    }

    private int LevelOfStyle(string styleId)
    {
        if (levels.TryGetValue(styleId, out var cached))
        {
            return cached;
        }

        var level = NotHeading;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (var id = styleId; id is not null && visited.Add(id);)
        {
            var style = byId.GetValueOrDefault(id);
            var name = style?.StyleName?.Val?.Value ?? id;
            if (LevelFromName(name) is { } fromName)
            {
                level = fromName;
                break;
            }

            if (style?.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
            {
                level = outline + 1;
                break;
            }

            id = style?.BasedOn?.Val?.Value;
        }

        levels[styleId] = level;
        return level;
    }

    private static int? LevelFromName(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Equals("title", StringComparison.OrdinalIgnoreCase) || trimmed == "标题")
        {
            return TitleLevel;
        }

        var match = HeadingName().Match(trimmed);
        return match.Success ? int.Parse(match.Groups["level"].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^(?:heading|标题|標題|titre|überschrift|encabezado)\s*(?<level>[1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingName();
}
