using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.Experts;

/// <summary>Text files of ../shared/corpus (papers, news, posts) as theory data: corpus-relative paths.</summary>
public static class SharedCorpusFiles
{
    private static readonly string[] TextExtensions = [".txt", ".md", ".markdown"];

    /// <summary>Every text file under the given corpus folders; one placeholder row when ../shared is absent
    /// (the theory is then skipped, but xunit still wants data).</summary>
    public static TheoryData<string> Under(params string[] folders)
    {
        var data = new TheoryData<string>();
        var corpus = TestCorpus.SharedCorpus;
        if (corpus is null)
        {
            data.Add("absent");
            return data;
        }

        foreach (var folder in folders)
        {
            var root = Path.Combine(corpus, folder);
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                         .Where(f => TextExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                         .Where(f => !Path.GetFileName(f).StartsWith("PROVENANCE", StringComparison.OrdinalIgnoreCase))
                         .Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(corpus, file));
            }
        }

        return data;
    }

    public static string FullPath(string relative) => Path.Combine(TestCorpus.SharedCorpus!, relative);

    public static string Read(string relative) => File.ReadAllText(FullPath(relative), System.Text.Encoding.UTF8);
}
