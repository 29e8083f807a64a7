using Xunit;

namespace LmecKnowledgeSearch.Tests.Fixtures;

/// <summary>Where the test text lives: the repo's own corpus/ and, when present, ../shared/corpus beside the repo.</summary>
public static class TestCorpus
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string RepoCorpus => Path.Combine(RepoRoot, "corpus");

    public static string SeedBriefing => Path.Combine(RepoCorpus, "lmec-briefing-2022-11.txt");

    /// <summary>../shared/corpus (or $LMEC_SHARED/corpus), or null where it is absent.</summary>
    public static string? SharedCorpus
    {
        get
        {
            var shared = SharedRoot;
            return shared is null ? null : Path.Combine(shared, "corpus");
        }
    }

    /// <summary>../shared (or $LMEC_SHARED), or null where it is absent.</summary>
    public static string? SharedRoot
    {
        get
        {
            var candidate = Environment.GetEnvironmentVariable("LMEC_SHARED") is { Length: > 0 } fromEnv
                ? fromEnv
                : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(Path.Combine(candidate, "corpus")) ? candidate : null;
        }
    }

    public static string ReadSeed() => File.ReadAllText(SeedBriefing);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LmecKnowledgeSearch.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LmecKnowledgeSearch.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs ../shared; it is skipped, with the reason, where ../shared is absent.</summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (TestCorpus.SharedRoot is null)
        {
            Skip = "../shared/corpus is absent (set LMEC_SHARED to its parent folder to run this test)";
        }
    }
}

/// <summary>A theory that needs ../shared; skipped, with the reason, where ../shared is absent.</summary>
public sealed class SharedCorpusTheoryAttribute : TheoryAttribute
{
    public SharedCorpusTheoryAttribute()
    {
        if (TestCorpus.SharedRoot is null)
        {
            Skip = "../shared/corpus is absent (set LMEC_SHARED to its parent folder to run this test)";
        }
    }
}
