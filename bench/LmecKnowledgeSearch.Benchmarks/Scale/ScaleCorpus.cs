using System.IO.Compression;
using System.Text;

namespace LmecKnowledgeSearch.Benchmarks.Scale;

/// <summary>
/// The scale corpus of ../shared/bench/scale: writes its first N news items as one UTF-8 .txt file each, 1,000 to a
/// folder, exactly as its make-corpus.sh does (the data stays outside the repository).
/// </summary>
internal static class ScaleCorpus
{
    public const string FileName = "crud-rag-news-63k.txt.gz";

    public static string? FindArchive(string? given)
    {
        if (given is not null)
        {
            return File.Exists(given) ? Path.GetFullPath(given) : null;
        }

        return BenchOptions.FindShared() is { } shared && File.Exists(Path.Combine(shared, "bench", "scale", FileName))
            ? Path.Combine(shared, "bench", "scale", FileName)
            : null;
    }

    /// <summary>Writes the first <paramref name="count"/> items under <paramref name="folder"/> (reused when already complete).</summary>
    public static (int Files, long Characters) Write(string archive, int count, string folder)
    {
        var marker = Path.Combine(folder, ".complete-" + count);
        var written = 0;
        long characters = 0;
        if (File.Exists(marker))
        {
            foreach (var line in ReadLines(archive).Take(count))
            {
                written++;
                characters += line.Length;
            }

            return (written, characters);
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        foreach (var line in ReadLines(archive).Take(count))
        {
            var sub = Path.Combine(folder, (written / 1000).ToString("000", System.Globalization.CultureInfo.InvariantCulture));
            Directory.CreateDirectory(sub);
            written++;
            File.WriteAllText(Path.Combine(sub, $"news-{written:00000}.txt"), line + "\n", new UTF8Encoding(false));
            characters += line.Length;
        }

        File.WriteAllText(marker, string.Empty);
        return (written, characters);
    }

    public static IEnumerable<string> ReadLines(string archive)
    {
        using var file = File.OpenRead(archive);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
