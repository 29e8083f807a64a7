using System.Text.Json;
using System.Text.Json.Nodes;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Cli.Tests.Fixtures;

/// <summary>
/// Golden-file comparison for the public --json shapes. Set LMEC_RECORD_GOLDEN=1 to record or re-record the files
/// after an intended change, then review the diff; without it a missing file fails. Volatile values (elapsed times) are blanked before comparing.
/// </summary>
public static class Golden
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void AssertMatches(string name, string actualJson, params string[] volatileProperties)
    {
        var actual = Normalise(actualJson, volatileProperties);
        var path = Path.Combine(TestCorpus.RepoRoot, "tests", "LmecKnowledgeSearch.Cli.Tests", "Golden", name);
        if (Environment.GetEnvironmentVariable("LMEC_RECORD_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual + "\n");
            return;
        }

        // A missing file is a failure, not a silent first recording: otherwise a renamed or deleted golden passes.
        Assert.True(File.Exists(path), $"golden file {name} is missing; run with LMEC_RECORD_GOLDEN=1 to record it, review and commit it");

        Assert.Equal(File.ReadAllText(path).TrimEnd('\n'), actual);
    }

    private static string Normalise(string json, string[] volatileProperties)
    {
        var node = JsonNode.Parse(json) ?? throw new InvalidOperationException("not JSON: " + json);
        Blank(node, volatileProperties);
        return node.ToJsonString(Pretty);
    }

    private static void Blank(JsonNode node, string[] names)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in names.Where(obj.ContainsKey))
                {
                    obj[name] = 0;
                }

                foreach (var child in obj.Select(p => p.Value).OfType<JsonNode>().ToList())
                {
                    Blank(child, names);
                }

                break;
            case JsonArray array:
                foreach (var child in array.OfType<JsonNode>())
                {
                    Blank(child, names);
                }

                break;
        }
    }
}
