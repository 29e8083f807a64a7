namespace LmecKnowledgeSearch.Model;

/// <summary>What a unit is: a whole document, one of its passages, an expert view or a case study.</summary>
public enum UnitKind
{
    Document,
    Passage,
    ExpertView,
    CaseStudy,
}

/// <summary>
/// The kinds' names as the index stores them and the JSON prints them ("expert_view"): the words users filter on
/// (<c>--kind expert_view</c>), so they are part of the public interface.
/// </summary>
public static class UnitKinds
{
    public const string Document = "document";
    public const string Passage = "passage";
    public const string ExpertView = "expert_view";
    public const string CaseStudy = "case_study";

    public static IReadOnlyList<string> All { get; } = [Document, Passage, ExpertView, CaseStudy];

    public static string NameOf(UnitKind kind) => kind switch
    {
        UnitKind.Document => Document,
        UnitKind.Passage => Passage,
        UnitKind.ExpertView => ExpertView,
        UnitKind.CaseStudy => CaseStudy,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a unit kind"),
    };

    /// <summary>The kind a stored name stands for; an unknown name (an index from a future build) reads as a passage.</summary>
    public static UnitKind Parse(string? name) => name switch
    {
        Document => UnitKind.Document,
        ExpertView => UnitKind.ExpertView,
        CaseStudy => UnitKind.CaseStudy,
        _ => UnitKind.Passage,
    };
}
