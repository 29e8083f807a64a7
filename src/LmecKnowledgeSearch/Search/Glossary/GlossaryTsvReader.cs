namespace LmecKnowledgeSearch.Search.Glossary;

/// <summary>One data row of a glossary TSV file, as written (before links are resolved).</summary>
public sealed record GlossaryRow(
    string Source,
    int LineNumber,
    string Id,
    IReadOnlyList<string> ChineseTerms,
    IReadOnlyList<string> EnglishTerms,
    IReadOnlyList<string> Acronyms,
    IReadOnlyList<string> Broader,
    string Domain);

/// <summary>
/// Reads the glossary TSV format: '#' lines are comments, a row starting with "id" is the header, data rows have six
/// tab-separated cells (id, Chinese terms, English terms, acronyms, broader ids, domain); list cells are '|'-separated and
/// an optional cell with nothing in it is written "-". Malformed rows become issues, not exceptions, because a user may
/// edit the file by hand and one typo must not take the whole glossary away.
/// </summary>
public static class GlossaryTsvReader
{
    public const int ColumnCount = 6;

    public static async Task<(List<GlossaryRow> Rows, List<string> Issues)> ReadAsync(
        TextReader reader, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var rows = new List<GlossaryRow>();
        var issues = new List<string>();
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            Parse(line, source, lineNumber, rows, issues);
        }

        return (rows, issues);
    }

    public static (List<GlossaryRow> Rows, List<string> Issues) Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var rows = new List<GlossaryRow>();
        var issues = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            Parse(line, source, lineNumber, rows, issues);
        }

        return (rows, issues);
    }

    private static void Parse(string line, string source, int lineNumber, List<GlossaryRow> rows, List<string> issues)
    {
        var trimmed = line.TrimEnd('\r');
        if (trimmed.Length == 0 || trimmed.TrimStart().StartsWith('#') || trimmed.StartsWith("id\t", StringComparison.Ordinal))
        {
            return;
        }

        var cells = trimmed.Split('\t');
        if (cells.Length != ColumnCount)
        {
            issues.Add($"{source}:{lineNumber}: expected {ColumnCount} tab-separated cells, found {cells.Length}");
            return;
        }

        if (cells.Any(c => c.Trim().Length == 0))
        {
            issues.Add($"{source}:{lineNumber}: empty cell (write '-' for an empty optional cell)");
            return;
        }

        var id = cells[0].Trim();
        var chinese = List(cells[1]);
        var english = List(cells[2]);
        if (chinese.Count == 0 || english.Count == 0)
        {
            issues.Add($"{source}:{lineNumber}: concept '{id}' needs at least one Chinese and one English term");
            return;
        }

        if (cells[1].Split('|').Any(t => t.Trim().Length == 0) || cells[2].Split('|').Any(t => t.Trim().Length == 0))
        {
            issues.Add($"{source}:{lineNumber}: concept '{id}' has an empty term between '|'");
        }

        rows.Add(new GlossaryRow(source, lineNumber, id, chinese, english, List(cells[3]), List(cells[4]), cells[5].Trim()));
    }

    private static List<string> List(string cell)
    {
        var value = cell.Trim();
        if (value == "-")
        {
            return [];
        }

        return value.Split('|').Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }
}
