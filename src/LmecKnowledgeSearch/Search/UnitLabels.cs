using LmecKnowledgeSearch.Indexing;

namespace LmecKnowledgeSearch.Search;

/// <summary>
/// Names what a unit is in one short line, so a result list does not repeat its document's long title on every card:
/// a view by its speaker and affiliation, a case study by what was done and where, a passage by its heading.
/// </summary>
public static class UnitLabels
{
    private const int MaxWhatLength = 60;

    public static string Of(IndexUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        switch (unit.Kind)
        {
            case UnitKind.ExpertView when unit.Speaker is { } speaker:
                return unit.Affiliation is { } affiliation ? $"{speaker} · {affiliation}" : speaker;
            case UnitKind.CaseStudy when Detail(unit, "what") is { } what:
                var shortWhat = what.Length > MaxWhatLength ? what[..MaxWhatLength].TrimEnd() + "…" : what;
                return Detail(unit, "where") is { } where ? $"{shortWhat} · {where}" : shortWhat;
            case UnitKind.Passage when !string.IsNullOrWhiteSpace(unit.HeadingPath):
                return unit.HeadingPath!;
            default:
                return unit.Title;
        }
    }

    /// <summary>The value of a "label: value" detail line, or null.</summary>
    public static string? Detail(IndexUnit unit, string label)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var prefix = label + ": ";
        var line = unit.Details.FirstOrDefault(d => d.StartsWith(prefix, StringComparison.Ordinal));
        return line is null || line.Length == prefix.Length ? null : line[prefix.Length..];
    }
}
