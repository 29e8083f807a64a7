using LmecKnowledgeSearch.Search.Glossary;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Search.Glossary;

public sealed class GlossarySourceTests : IDisposable
{
    private const string Header = "id\tzh\ten\tacronyms\tbroader\tdomain\n";

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"glossary-source-{Guid.NewGuid():N}");

    public GlossarySourceTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string rows, DateTime? writeTime = null)
    {
        // Written aside and moved into place, as editors save, so a reader never sees half a file.
        var path = Path.Combine(folder, name);
        var part = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.part");
        File.WriteAllText(part, Header + rows);
        File.SetLastWriteTimeUtc(part, writeTime ?? DateTime.UtcNow);
        File.Move(part, path, overwrite: true);
        return path;
    }

    [Fact]
    public void Without_an_override_uses_the_embedded_glossary()
    {
        var source = new GlossarySource();

        Assert.Null(source.Path);
        Assert.True(source.Current.Concepts.Count > 2500);
        Assert.Contains(source.Recognizer.Recognize("早期预警"), e => e.Concept.Id == "early-warning");
    }

    [Fact]
    public void A_path_names_the_override()
    {
        var path = Write("mine.tsv", "sample\t样例概念\tsample concept\t-\t-\teco\n");

        var source = new GlossarySource(path);

        Assert.Equal(path, source.Path);
        Assert.Equal("sample", Assert.Single(source.Current.Concepts).Id);
    }

    [Fact]
    public void An_edited_file_takes_effect_at_the_next_query_without_a_new_source()
    {
        var path = Write("edited.tsv", "reserve\t保护区\tprotected area\t-\t-\tpa\n", DateTime.UtcNow.AddMinutes(-5));
        var source = new GlossarySource(path);
        Assert.DoesNotContain(source.Recognizer.Recognize("湿地公园"), e => e.Concept.Id == "wetland-park");

        Write("edited.tsv", "reserve\t保护区\tprotected area\t-\t-\tpa\nwetland-park\t湿地公园\twetland park\t-\treserve\tpa\n");

        var expansion = Assert.Single(source.Recognizer.Recognize("湿地公园"));
        Assert.Equal("wetland-park", expansion.Concept.Id);
        Assert.Contains(expansion.Terms, t => t.Text == "wetland park");
        Assert.Equal(["wetland-park"], source.Current.GetById("reserve")!.Narrower);
    }

    [Fact]
    public void A_file_added_to_an_override_folder_takes_effect()
    {
        Write("a.tsv", "a\t甲概念\tfirst concept\t-\t-\teco\n", DateTime.UtcNow.AddMinutes(-5));
        var source = new GlossarySource(folder);
        Assert.Single(source.Current.Concepts);

        Write("b.tsv", "b\t乙概念\tsecond concept\t-\ta\teco\n");

        Assert.Equal(["a", "b"], source.Current.Concepts.Select(c => c.Id));
    }

    [Fact]
    public void A_removed_override_keeps_the_last_glossary_and_says_why()
    {
        var path = Write("gone.tsv", "kept\t保留概念\tkept concept\t-\t-\teco\n");
        var source = new GlossarySource(path);

        File.Delete(path);

        Assert.Equal("kept", Assert.Single(source.Current.Concepts).Id);
        Assert.NotNull(source.LastReloadError);
        Assert.Contains("gone.tsv", source.LastReloadError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_override_at_start_is_an_error_naming_the_path()
    {
        var missing = Path.Combine(folder, "missing.tsv");

        var ex = Assert.Throws<FileNotFoundException>(() => new GlossarySource(missing));

        Assert.Equal(missing, ex.FileName);
    }

    [Fact]
    public void Many_threads_see_a_whole_glossary_while_it_changes()
    {
        var path = Write("busy.tsv", "one\t一号概念\tconcept one\t-\t-\teco\n", DateTime.UtcNow.AddMinutes(-5));
        var source = new GlossarySource(path);
        var counts = new System.Collections.Concurrent.ConcurrentBag<int>();

        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            if (i == 100)
            {
                Write("busy.tsv", "one\t一号概念\tconcept one\t-\t-\teco\ntwo\t二号概念\tconcept two\t-\t-\teco\n");
            }

            counts.Add(source.Current.Concepts.Count);
        });

        Assert.All(counts, c => Assert.InRange(c, 1, 2));
        Assert.Equal(2, source.Current.Concepts.Count);
    }
}
