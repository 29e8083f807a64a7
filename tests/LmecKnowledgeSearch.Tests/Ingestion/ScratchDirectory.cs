using System.Text;

namespace LmecKnowledgeSearch.Tests.Ingestion;

/// <summary>A temporary folder for files a test writes (broken PDFs, encodings built from the seed); deleted on dispose.</summary>
public sealed class ScratchDirectory : IDisposable
{
    public ScratchDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lmec-ingestion-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Write(string name, string text) => Write(name, new UTF8Encoding(false).GetBytes(text));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

/// <summary>Text compared without whitespace: layout (line wraps, spacing between scripts) differs between formats, words do not.</summary>
public static class ComparableText
{
    public static string Of(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
