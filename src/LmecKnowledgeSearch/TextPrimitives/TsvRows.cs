namespace LmecKnowledgeSearch.TextPrimitives;

/// <summary>
/// Rows of the tab-separated data files we write (gazetteer, organisation registry): comments (#), blank lines and
/// the header row skipped; editors strip trailing tabs, so missing trailing cells come back as empty ones.
/// </summary>
public static class TsvRows
{
    public static IEnumerable<string[]> Read(TextReader reader, string fileName, int columns)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("id\t", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 3 || cells.Length > columns)
            {
                throw new FormatException($"{fileName} line {lineNumber}: expected {columns} tab-separated columns, found {cells.Length}.");
            }

            if (cells.Length < columns)
            {
                var padded = Enumerable.Repeat(string.Empty, columns).ToArray();
                cells.CopyTo(padded, 0);
                cells = padded;
            }

            yield return cells;
        }
    }
}
