using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.TextPrimitives;

/// <summary>
/// The simple subset of YAML that front matter uses in practice: top-level <c>key: value</c> pairs, values folded over
/// indented lines, and lists written as <c>- item</c> lines or <c>[a, b]</c>. Nested mappings are kept as flat text.
/// The Markdown reader parses the block Markdig found; enrichment finds one at the top of any text (a Markdown post
/// saved as .txt keeps it).
/// </summary>
public sealed partial class FrontMatter
{
    private const int MinProseWords = 4;

    private readonly Dictionary<string, List<string>> values;

    private FrontMatter(Dictionary<string, List<string>> values, int length = 0)
    {
        this.values = values;
        Length = length;
    }

    public static FrontMatter Empty { get; } = new(new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Characters the block takes at the start of the text it was found in (0 when there is none or it was parsed from lines).</summary>
    public int Length { get; }

    /// <summary>The front matter block (between two <c>---</c> lines) at the very start of <paramref name="text"/>, if any.</summary>
    public static FrontMatter Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var block = Block().Match(text);
        return block.Success
            ? new FrontMatter(Parse(block.Groups["body"].Value.Split('\n')).values, block.Length)
            : Empty;
    }

    public static FrontMatter Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var values = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line.Trim() is "---" or "..." || string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var keyMatch = KeyLine().Match(line);
            if (keyMatch.Success)
            {
                current = [];
                values[keyMatch.Groups["key"].Value.Trim()] = current;
                AddScalarOrInlineList(current, keyMatch.Groups["value"].Value);
                continue;
            }

            if (current is null)
            {
                continue;
            }

            var trimmed = line.Trim();
            if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed == "-")
            {
                AddScalarOrInlineList(current, trimmed[1..]);
            }
            else if (current.Count > 0)
            {
                // An indented line continues (folds into) the previous value.
                current[^1] = Unquote(current[^1] + " " + trimmed);
            }
            else
            {
                current.Add(Unquote(trimmed));
            }
        }

        return new FrontMatter(values);
    }

    /// <summary>The first non-empty value of the first key present, e.g. First("language", "lang").</summary>
    public string? First(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (values.TryGetValue(key, out var list) && list.FirstOrDefault(v => v.Length > 0) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    public IReadOnlyList<string> All(params string[] keys)
    {
        var result = new List<string>();
        foreach (var key in keys)
        {
            if (values.TryGetValue(key, out var list))
            {
                result.AddRange(list.Where(v => v.Length > 0));
            }
        }

        return result;
    }

    /// <summary>
    /// Prose the page shows beside its body (a summary, an abstract, the author's bio), links reduced to their text: it
    /// is read like the body, so it is searched and answered from like the body.
    /// </summary>
    public IReadOnlyList<string> Prose() =>
        values.Where(pair => ProseKey().IsMatch(pair.Key))
            .SelectMany(pair => pair.Value)
            .Select(value => MarkdownLink().Replace(value, "$1").Trim())
            .Where(value => value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinProseWords || HanCharacters.CountHan(value) >= MinProseWords * 2)
            .ToList();

    private static void AddScalarOrInlineList(List<string> target, string raw)
    {
        var value = raw.Trim();
        if (value.StartsWith('[') && value.EndsWith(']'))
        {
            target.AddRange(value[1..^1].Split(',').Select(Unquote).Where(v => v.Length > 0));
            return;
        }

        if (value is "|" or ">" or "|-" or ">-" or "")
        {
            return;
        }

        target.Add(Unquote(value));
    }

    private static string Unquote(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length >= 2 && (trimmed[0] == '"' && trimmed[^1] == '"' || trimmed[0] == '\'' && trimmed[^1] == '\''))
        {
            trimmed = trimmed[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        return trimmed.Trim();
    }

    [GeneratedRegex(@"^\uFEFF?---[ \t]*\r?\n(?<body>.*?)\r?\n---[ \t]*(?:\r?\n|$)", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"^(?<key>[A-Za-z_\p{L}][\w\-? \p{L}]*):(?:\s+(?<value>.*)|\s*)$")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^(?:description|summary|abstract|excerpt|subtitle|standfirst|lede|dek|teaser|about|bio|author[-_ ]?bio)$", RegexOptions.IgnoreCase)]
    private static partial Regex ProseKey();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();
}
