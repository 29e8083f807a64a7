namespace LmecKnowledgeSearch.Tests.Fixtures;

/// <summary>A scratch corpus folder and index folder for one test, deleted afterwards.</summary>
public sealed class TempCorpus : IDisposable
{
    public TempCorpus()
    {
        Root = Path.Combine(Path.GetTempPath(), "lmec-test-" + Guid.NewGuid().ToString("N"));
        Corpus = Path.Combine(Root, "corpus");
        IndexPath = Path.Combine(Root, "index");
        Directory.CreateDirectory(Corpus);
    }

    public string Root { get; }

    public string Corpus { get; }

    public string IndexPath { get; }

    public string Write(string relativePath, string text) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public string Write(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Corpus, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string CopyFromRepoCorpus(string fileName, string? as_ = null) =>
        Write(as_ ?? fileName, File.ReadAllBytes(Path.Combine(TestCorpus.RepoCorpus, fileName)));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
