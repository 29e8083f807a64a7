using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Search.Facets;

namespace LmecKnowledgeSearch.Search.Collapsing;

/// <summary>What folding needs to know of a view or case study hit: who told it and what it says.</summary>
public readonly record struct TellerAndText(string? Speaker, string Text);

/// <summary>The hits left after folding, and for each view that took in case studies, those cases' docs, best first.</summary>
public sealed record FoldedHits(IReadOnlyList<Match> Hits, IReadOnlyDictionary<int, IReadOnlyList<int>> CasesByView);

/// <summary>
/// A case study told inside an expert view repeats the view's words: shown as its own card it is the same text twice.
/// Such a case joins the card of its view (the view takes the better of the two places); a case that no view on the
/// result list tells — a passage's case, or one asked for with a kind filter — stays a card of its own.
/// </summary>
public static class CaseStudyFolding
{
    private const int ContainedPrefix = 24;

    public static FoldedHits Fold(IReadOnlyList<Match> bestFirst, Func<int, TellerAndText> describe)
    {
        ArgumentNullException.ThrowIfNull(bestFirst);
        ArgumentNullException.ThrowIfNull(describe);
        var views = bestFirst
            .Select((m, i) => (Match: m, Index: i))
            .Where(v => v.Match.Kind == UnitKinds.ExpertView)
            .Select(v => (v.Match, v.Index, Described: describe(v.Match.Doc)))
            .Where(v => v.Described.Speaker is not null)
            .ToList();
        if (views.Count == 0)
        {
            return new FoldedHits(bestFirst, new Dictionary<int, IReadOnlyList<int>>());
        }

        var hits = bestFirst.ToList();
        var folded = new HashSet<int>();
        var cases = new Dictionary<int, List<int>>();
        for (var i = 0; i < bestFirst.Count; i++)
        {
            var match = bestFirst[i];
            if (match.Kind != UnitKinds.CaseStudy)
            {
                continue;
            }

            var described = describe(match.Doc);
            if (described.Speaker is null)
            {
                continue;
            }

            var teller = TellerOf(views, match, described);
            if (teller is not { } view)
            {
                continue;
            }

            folded.Add(i);
            if (!cases.TryGetValue(view.Match.Doc, out var list))
            {
                cases[view.Match.Doc] = list = [];
            }

            list.Add(match.Doc);
            // The view's card stands where the better of the two stood.
            if (i < view.Index)
            {
                hits[view.Index] = hits[view.Index] with { Score = Math.Max(view.Match.Score, match.Score) };
                hits[i] = hits[view.Index];
                folded.Remove(i);
                folded.Add(view.Index);
                views[views.FindIndex(v => v.Match.Doc == view.Match.Doc)] = (hits[i], i, view.Described);
            }
        }

        var kept = hits.Where((_, i) => !folded.Contains(i)).ToList();
        return new FoldedHits(kept, cases.ToDictionary(c => c.Key, c => (IReadOnlyList<int>)c.Value));
    }

    private static (Match Match, int Index, TellerAndText Described)? TellerOf(
        List<(Match Match, int Index, TellerAndText Described)> views,
        Match match,
        TellerAndText described)
    {
        // The same speaker in the same document (or a rendition of it), and the case's opening words in the view.
        var sameSpeaker = views
            .Where(v => string.Equals(v.Described.Speaker, described.Speaker, StringComparison.Ordinal)
                && SimHash.Distance(v.Match.DocumentSignature, match.DocumentSignature) <= HitCollapser.NearDuplicateDistance)
            .ToList();
        var opening = Compact(described.Text);
        opening = opening[..Math.Min(opening.Length, ContainedPrefix)];
        foreach (var view in sameSpeaker)
        {
            if (Compact(view.Described.Text).Contains(opening, StringComparison.Ordinal))
            {
                return view;
            }
        }

        return null;
    }

    private static string Compact(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
