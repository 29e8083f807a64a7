using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Tests.Fixtures;

namespace LmecKnowledgeSearch.Tests.Enrichment.Themes;

/// <summary>A unit of the labelled theme set with its text resolved.</summary>
public sealed record LabelledThemeUnit(string Id, bool IsHeldOut, string Source, string Reference, IReadOnlySet<string> Themes, string Text);

/// <summary>
/// Reads Fixtures/Themes/labelled-units.tsv. Texts from ../shared/corpus are not stored in the repo: the file holds a path
/// and paragraph index, resolved here at run time (paragraphs are split on blank lines, trimmed, empty ones skipped).
/// </summary>
public static partial class LabelledThemeUnits
{
    public static string FilePath => Path.Combine(
        TestCorpus.RepoRoot, "tests", "LmecKnowledgeSearch.Tests", "Fixtures", "Themes", "labelled-units.tsv");

    /// <summary>All units; those from ../shared are skipped when it is absent.</summary>
    public static IReadOnlyList<LabelledThemeUnit> Load()
    {
        var seedParagraphs = Paragraphs(TestCorpus.ReadSeed());
        var shared = TestCorpus.SharedCorpus;
        var cache = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var units = new List<LabelledThemeUnit>();
        foreach (var line in File.ReadLines(FilePath))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("id\t", StringComparison.Ordinal))
            {
                continue;
            }

            var f = line.Split('\t');
            var themes = f[4] == "-" ? new HashSet<string>() : f[4].Split(',').ToHashSet(StringComparer.Ordinal);
            string text;
            switch (f[2])
            {
                case "inline":
                    text = f[5];
                    break;
                case "seed":
                    text = seedParagraphs[int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture)];
                    break;
                case "shared":
                    if (shared is null)
                    {
                        continue;
                    }

                    var hash = f[3].LastIndexOf('#');
                    var path = f[3][..hash];
                    if (!cache.TryGetValue(path, out var paragraphs))
                    {
                        paragraphs = Paragraphs(File.ReadAllText(Path.Combine(shared, path)));
                        cache[path] = paragraphs;
                    }

                    text = paragraphs[int.Parse(f[3][(hash + 1)..], System.Globalization.CultureInfo.InvariantCulture)];
                    break;
                default:
                    throw new FormatException($"Unknown source '{f[2]}' in {f[0]}.");
            }

            units.Add(new LabelledThemeUnit(f[0], f[1] == "heldout", f[2], f[3], themes, text));
        }

        return units;
    }

    public static IReadOnlyList<string> Paragraphs(string text) =>
        BlankLine().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal))
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .ToList();

    [GeneratedRegex("\n[ \t\u3000]*\n")]
    private static partial Regex BlankLine();
}
