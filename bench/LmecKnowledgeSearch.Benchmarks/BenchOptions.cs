namespace LmecKnowledgeSearch.Benchmarks;

/// <summary>The few command-line options the subcommands share.</summary>
internal static class BenchOptions
{
    public static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>The first `../shared` (holding bench/ or corpus/) found from the working directory upwards.</summary>
    public static string? FindShared()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared");
            if (Directory.Exists(Path.Combine(candidate, "corpus")) || Directory.Exists(Path.Combine(candidate, "bench")))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }
}
