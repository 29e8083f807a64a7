using System.Text.Json;
using LmecKnowledgeSearch.Cli.Tests.Fixtures;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Cli.Tests.Hostile;

/// <summary>What a hostile user types or names (issue 12), through the real command tree.</summary>
public sealed class HostileInputCliTests(SeedIndexFixture index) : IClassFixture<SeedIndexFixture>
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_question_is_an_error_as_in_the_api(string question)
    {
        var result = await CliRun.RunAsync("ask", question, "--json", "--index", index.IndexPath);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("a question is required", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Json);
    }

    [Fact]
    public async Task Match_all_syntax_counts_every_unit_like_no_query()
    {
        var all = await CliRun.RunAsync("search", "*:*", "--json", "--index", index.IndexPath);
        var none = await CliRun.RunAsync("search", "--json", "--index", index.IndexPath);

        using var allJson = JsonDocument.Parse(all.Json);
        using var noneJson = JsonDocument.Parse(none.Json);
        Assert.Equal(noneJson.RootElement.GetProperty("total").GetInt32(), allJson.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_expensive_regular_expression_is_refused_with_the_limit_named()
    {
        var result = await CliRun.RunAsync("search", "/" + string.Concat(Enumerable.Repeat("(a|b)*c", 40)) + "/", "--index", index.IndexPath);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("too expensive (max pattern length)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Control_characters_in_a_file_name_are_shown_escaped_on_the_terminal()
    {
        var root = Path.Combine(Path.GetTempPath(), "lmec-esc-" + Guid.NewGuid().ToString("N"));
        var corpus = Path.Combine(root, "corpus");
        Directory.CreateDirectory(corpus);
        try
        {
            File.WriteAllText(Path.Combine(corpus, "esc\u001b[2Jred\u0007.md"), "# 警报\n\n湄公河委员会发布了洪水预警。\n");

            var indexed = await CliRun.RunAsync("index", corpus, "--index", Path.Combine(root, "index"));
            var search = await CliRun.RunAsync("search", "洪水预警", "--index", Path.Combine(root, "index"));

            Assert.Equal(0, indexed.ExitCode);
            Assert.Contains("esc\\x1B[2Jred\\x07.md", search.Console, StringComparison.Ordinal);
            Assert.DoesNotContain('\u001b', search.Console);
            Assert.DoesNotContain('\u0007', search.Console);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Each_expected_failure_has_its_own_exit_code()
    {
        var codes = Enum.GetValues<LmecErrorKind>().Select(LmecCli.ExitCodeOf).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.DoesNotContain(0, codes);
        Assert.DoesNotContain(1, codes);
        var underAFile = Path.Combine(TestCorpus.SeedBriefing, "index");
        var result = await CliRun.RunAsync("index", TestCorpus.RepoCorpus, "--index", underAFile);
        Assert.Equal(6, result.ExitCode);
        Assert.Contains("cannot create the index folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_index_under_a_read_only_parent_is_reported_as_not_writable()
    {
        // /sys is mounted read-only in containers; elsewhere (or where it is writable) there is nothing to try here.
        var parent = "/sys";
        if (!Directory.Exists(parent) || IsWritable(parent))
        {
            return;
        }

        var result = await CliRun.RunAsync("index", TestCorpus.RepoCorpus, "--index", Path.Combine(parent, "lmec-test", "index"));

        Assert.Equal(6, result.ExitCode);
        Assert.Contains("/sys is read-only", result.Error, StringComparison.Ordinal);
    }

    private static bool IsWritable(string folder)
    {
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "lmec-probe")).Delete();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
