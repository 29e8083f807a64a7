using LmecKnowledgeSearch.Composition;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Architecture;

/// <summary>
/// The core is handed its options (KnowledgeBaseOptions) by its hosts and reads no environment variable itself: the
/// test reads every call in the core assembly's IL.
/// </summary>
public sealed class EnvironmentReadTests
{
    [Fact]
    public void The_core_never_reads_an_environment_variable()
    {
        var reads = new TypeReferenceScanner(typeof(KnowledgeBase).Assembly.Location).Calls()
            .Where(c => c.Callee.DeclaringType.FullName == "System.Environment"
                && c.Callee.Name is "GetEnvironmentVariable" or "GetEnvironmentVariables" or "ExpandEnvironmentVariables")
            .Select(c => $"{c.Caller.DeclaringType.FullName}.{c.Caller.Name} calls Environment.{c.Callee.Name}")
            .Distinct()
            .ToList();

        Assert.True(reads.Count == 0, "the core reads the environment; hosts should pass options instead:\n" + string.Join("\n", reads));
    }
}
