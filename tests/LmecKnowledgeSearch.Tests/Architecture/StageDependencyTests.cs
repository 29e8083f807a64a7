using LmecKnowledgeSearch.Composition;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Architecture;

/// <summary>
/// The pipeline's stages depend one way: each namespace of the core may use the stages listed before it and never one
/// listed after it. The test reads the compiled assembly (signatures and method bodies), so a back-edge fails the build's
/// tests whether it is written as a using, a fully qualified name or a lambda.
/// </summary>
public sealed class StageDependencyTests
{
    private const string Root = "LmecKnowledgeSearch";

    /// <summary>
    /// The allowed direction, written once: a stage may use any stage above it, never one below. A namespace belongs to
    /// the longest entry it starts with (Enrichment.Places before Enrichment), and every namespace must have one.
    /// </summary>
    public static IReadOnlyList<string> Stages { get; } =
    [
        "Model",
        "TextPrimitives",
        "Ingestion",
        "Analysis",
        "Enrichment.Places",
        "Enrichment.Organisations",
        "Enrichment.Entities",
        "Enrichment.Themes",
        "Enrichment.Experts",
        "Enrichment.Metadata",
        "Enrichment.Passages",
        "Enrichment.CaseStudies",
        "Enrichment",
        "Indexing",
        "Search",
        "Answering",
        "Scheduling",
        "Composition",
        "Evaluation",
    ];

    private static readonly Lazy<TypeReferenceScanner> Scanner =
        new(() => new TypeReferenceScanner(typeof(KnowledgeBase).Assembly.Location));

    [Fact]
    public void No_stage_uses_a_stage_listed_after_it()
    {
        var backEdges = BackEdges(Scanner.Value.Uses()).ToList();

        Assert.True(backEdges.Count == 0, "Stages must depend one way (see StageDependencyTests.Stages):\n" + string.Join("\n", backEdges));
    }

    [Fact]
    public void Every_namespace_of_the_core_has_its_place_in_the_list()
    {
        var unplaced = Scanner.Value.Types
            .Select(TypeReferenceScanner.NamespaceOf)
            .Where(ns => ns == Root || ns.StartsWith(Root + ".", StringComparison.Ordinal))
            .Distinct()
            .Where(ns => StageOf(ns) is null)
            .ToList();

        Assert.True(unplaced.Count == 0, "namespaces without a stage: " + string.Join(", ", unplaced));
    }

    [Fact]
    public void Model_uses_nothing_but_the_base_library()
    {
        var outside = Scanner.Value.Uses()
            .Where(u => StageOf(TypeReferenceScanner.NamespaceOf(u.User)) == "Model")
            .Where(u => TypeReferenceScanner.NamespaceOf(u.Used) is var ns && ns.Length > 0 && !ns.StartsWith("System", StringComparison.Ordinal)
                && StageOf(ns) != "Model")
            .Select(u => $"{u.User.FullName} uses {u.Used.FullName} ({u.Where})")
            .Distinct()
            .ToList();

        Assert.True(outside.Count == 0, "Model must depend on nothing:\n" + string.Join("\n", outside));
    }

    [Fact]
    public void A_back_edge_is_found_and_named()
    {
        // Checks the checker on a known shape: a Model type that used Composition would be reported with both names.
        var model = Scanner.Value.Types.First(t => StageOf(TypeReferenceScanner.NamespaceOf(t)) == "Model");
        var composition = Scanner.Value.Types.First(t => StageOf(TypeReferenceScanner.NamespaceOf(t)) == "Composition");

        var edges = BackEdges([new TypeUse(model, composition, "made up")]).ToList();

        var edge = Assert.Single(edges);
        Assert.Contains("Model → Composition", edge);
        Assert.Contains(model.FullName, edge);
    }

    /// <summary>Each use that points down the list, once per (user, used) pair, as "From → To: user uses used (where)".</summary>
    private static IEnumerable<string> BackEdges(IEnumerable<TypeUse> uses) =>
        uses
            .Select(u => (Use: u, From: StageOf(TypeReferenceScanner.NamespaceOf(u.User)), To: StageOf(TypeReferenceScanner.NamespaceOf(u.Used))))
            .Where(e => e.From is not null && e.To is not null && IndexOf(e.To) > IndexOf(e.From))
            .GroupBy(e => (e.Use.User.FullName, e.Use.Used.FullName))
            .Select(g => g.First())
            .Select(e => $"{e.From} → {e.To}: {e.Use.User.FullName} uses {e.Use.Used.FullName} ({e.Use.Where})")
            .OrderBy(s => s, StringComparer.Ordinal);

    private static int IndexOf(string stage) => Stages.ToList().IndexOf(stage);

    /// <summary>The stage a namespace of the core belongs to; null outside the core (System, Lucene…) and for the root.</summary>
    private static string? StageOf(string ns)
    {
        if (!ns.StartsWith(Root + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var relative = ns[(Root.Length + 1)..];
        return Stages
            .Where(s => relative == s || relative.StartsWith(s + ".", StringComparison.Ordinal))
            .OrderByDescending(s => s.Length)
            .FirstOrDefault();
    }
}
