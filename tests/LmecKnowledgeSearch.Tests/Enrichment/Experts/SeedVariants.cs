using LmecKnowledgeSearch.Tests.Fixtures;

namespace LmecKnowledgeSearch.Tests.Enrichment.Experts;

/// <summary>
/// Rewrites the seed briefing with its views printed another way (one line, affiliation first, brackets …).
/// The views are taken from the seed paragraphs by the printed speaker names, independently of the extractor.
/// </summary>
public static class SeedVariants
{
    public sealed record SeedView(string PrintedSpeaker, string Speaker, string Affiliation, string Statement);

    private static readonly string[] PrintedSpeakers =
    [
        "Makiko Yashiro", "Thanapon Piman", "Tatirose Vijitpan", "陈英豪", "张 燕", "吴万洲",
        "张海涯", "吴伟玲", "李楠", "龙迪", "康蔼黎", "宋扬",
    ];

    public static IReadOnlyList<SeedView> SeedViews { get; } = ReadViews(out _, out _);

    /// <summary>The seed with every view header printed by <paramref name="header"/>(printed speaker, affiliation).</summary>
    public static string Rebuild(Func<string, string, string> header)
    {
        ReadViews(out var before, out var after);
        var views = SeedViews.Select(v => header(v.PrintedSpeaker, v.Affiliation) + "\n\n" + v.Statement);
        return string.Join("\n\n", before.Concat(views).Concat(after));
    }

    private static List<SeedView> ReadViews(out List<string> before, out List<string> after)
    {
        var paragraphs = ParagraphDocument.Paragraphs(TestCorpus.ReadSeed()).ToList();
        var views = new List<SeedView>();
        var firstHeader = -1;
        var lastStatement = -1;
        foreach (var printed in PrintedSpeakers)
        {
            var index = paragraphs.FindIndex(p => p.StartsWith(printed + "\n", StringComparison.Ordinal) || p.StartsWith(printed + " ", StringComparison.Ordinal));
            var headerLines = paragraphs[index][printed.Length..].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            views.Add(new SeedView(printed, printed.Replace(" ", string.Empty), string.Concat(headerLines), paragraphs[index + 1]));
            firstHeader = firstHeader < 0 ? index : firstHeader;
            lastStatement = index + 1;
        }

        before = paragraphs[..firstHeader];
        after = paragraphs[(lastStatement + 1)..];
        return views;
    }
}
