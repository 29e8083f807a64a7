using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Enrichment.Metadata;

/// <summary>
/// The simple "key: value" lines of a YAML front matter block at the top of a text (Markdown posts read as plain text
/// keep it). Only scalar values are read; lists and nested maps are ignored.
/// </summary>
internal sealed partial class FrontMatter
{
    private readonly Dictionary<string, string> _values;

    private FrontMatter(Dictionary<string, string> values, int length)
    {
        _values = values;
        Length = length;
    }

    public static FrontMatter Empty { get; } = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), 0);

    /// <summary>Characters the block takes at the start of the text (0 when there is none); the body starts after it.</summary>
    public int Length { get; }

    public static FrontMatter Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var block = Block().Match(text);
        if (!block.Success)
        {
            return Empty;
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? lastKey = null;
        foreach (var line in block.Groups["body"].Value.Split('\n'))
        {
            var pair = KeyValue().Match(line);
            if (pair.Success)
            {
                lastKey = pair.Groups["key"].Value;
                values.TryAdd(lastKey, Unquote(pair.Groups["value"].Value));
            }
            else if (lastKey is not null && line.Trim().Length > 0 && !line.TrimStart().StartsWith('-') && values[lastKey].Length > 0)
            {
                // A folded continuation of the previous value ("title: National Governments …\n  in the Mekong Basin");
                // readers that trim lines lose the indentation, so any non-key line continues a scalar.
                values[lastKey] = Unquote(values[lastKey] + " " + line.Trim());
            }
            else
            {
                lastKey = null;
            }
        }

        return new FrontMatter(values, block.Length);
    }

    public string? this[string key] => _values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    private static string Unquote(string value)
    {
        var v = value.Trim();
        return v.Length >= 2 && (v[0] == '"' && v[^1] == '"' || v[0] == '\'' && v[^1] == '\'') ? v[1..^1].Trim() : v;
    }

    [GeneratedRegex(@"^\uFEFF?---[ \t]*\r?\n(?<body>.*?)\r?\n---[ \t]*(?:\r?\n|$)", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"^(?<key>[A-Za-z][\w\-?]*)\s*:\s*(?<value>.*)$")]
    private static partial Regex KeyValue();
}
