namespace LmecKnowledgeSearch.TextPrimitives;

/// <summary>Cell conventions shared by the gazetteer and the organisation registry: empty means absent, '|' separates a list.</summary>
public static class TsvCells
{
    public static string? Optional(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var trimmed = cell.Trim();
        return trimmed.Length == 0 || trimmed == "-" ? null : trimmed;
    }

    public static IReadOnlyList<string> List(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(v => v != "-")
            .ToArray();
    }
}
