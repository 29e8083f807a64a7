namespace LmecKnowledgeSearch.Enrichment.Places;

/// <summary>A candidate entity span; <see cref="Rank"/> breaks ties between equally long spans (dictionary beats pattern).</summary>
public readonly record struct CandidateSpan<T>(int Start, int Length, int Rank, T Value)
{
    public int End => Start + Length;
}

/// <summary>Resolves overlapping candidates: longest first, then higher rank, then leftmost; the result is in text order.</summary>
public static class SpanSelection
{
    public static List<CandidateSpan<T>> LongestNonOverlapping<T>(IEnumerable<CandidateSpan<T>> candidates, int textLength)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var ordered = candidates
            .Where(c => c.Length > 0 && c.Start >= 0 && c.End <= textLength)
            .OrderByDescending(c => c.Length)
            .ThenByDescending(c => c.Rank)
            .ThenBy(c => c.Start)
            .ToList();
        var taken = new bool[textLength];
        var chosen = new List<CandidateSpan<T>>();
        foreach (var candidate in ordered)
        {
            if (IsFree(taken, candidate))
            {
                for (var i = candidate.Start; i < candidate.End; i++)
                {
                    taken[i] = true;
                }

                chosen.Add(candidate);
            }
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    private static bool IsFree<T>(bool[] taken, CandidateSpan<T> candidate)
    {
        for (var i = candidate.Start; i < candidate.End; i++)
        {
            if (taken[i])
            {
                return false;
            }
        }

        return true;
    }
}
