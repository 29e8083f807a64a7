using LmecKnowledgeSearch.Enrichment.Themes;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.Themes;

public sealed class LabelledThemeUnitsTests
{
    private static readonly string[] Rows = File.ReadLines(LabelledThemeUnits.FilePath)
        .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("id\t", StringComparison.Ordinal))
        .ToArray();

    [Fact]
    public void Stores_no_text_for_units_taken_from_the_shared_corpus()
    {
        var shared = Rows.Select(r => r.Split('\t')).Where(f => f[2] == "shared").ToList();

        Assert.NotEmpty(shared);
        Assert.All(shared, f => Assert.True(f.Length < 6 || f[5].Length == 0, $"{f[0]} stores text"));
        Assert.All(shared, f => Assert.Matches("^[^#]+#[0-9]+$", f[3]));
    }

    [Fact]
    public void Uses_only_taxonomy_themes_and_unique_ids_and_both_splits()
    {
        var ids = ThemeTaxonomy.LoadEmbedded().Themes.Select(t => t.Id).ToHashSet();
        var fields = Rows.Select(r => r.Split('\t')).ToList();

        Assert.Equal(fields.Count, fields.Select(f => f[0]).Distinct().Count());
        Assert.All(fields, f => Assert.All(f[4] == "-" ? [] : f[4].Split(','), id => Assert.Contains(id, ids)));
        Assert.Contains(fields, f => f[1] == "train");
        Assert.Contains(fields, f => f[1] == "heldout");
    }

    [Fact]
    public void Resolves_seed_and_inline_units_without_the_shared_corpus()
    {
        var units = LabelledThemeUnits.Load();

        Assert.Contains(units, u => u.Source == "seed" && u.Text.Contains("乐施会", StringComparison.Ordinal));
        Assert.All(units, u => Assert.False(string.IsNullOrWhiteSpace(u.Text), u.Id));
    }
}
