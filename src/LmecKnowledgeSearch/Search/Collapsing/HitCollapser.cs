using LmecKnowledgeSearch.Search.Facets;


namespace LmecKnowledgeSearch.Search.Collapsing;

/// <summary>
/// Keeps one hit per group, best first. With a query, a document and all its passages form one group (one long
/// document cannot fill the page) and so do near-identical renditions of a document; expert views and case studies
/// stay separate hits, merged only with their near-identical copies. Without a query only near-identical units merge.
/// </summary>
public static class HitCollapser
{
    /// <summary>Signatures this close (of 64 bits) are the same content; unrelated texts differ in ~32 bits.</summary>
    public const int NearDuplicateDistance = 6;

    // Eight 8-bit bands: two signatures within 6 bits of each other agree exactly on at least two bands,
    // so looking up the kept hits by band finds every near duplicate without comparing all pairs.
    private const int Bands = 8;

    /// <summary>
    /// Weights of a document's second and third best passages added to its best one: a document that matches in
    /// several places is more likely about the query than one that mentions it once.
    /// </summary>
    private static readonly float[] SupportWeights = [0.3f, 0.15f];

    public static IReadOnlyList<Match> Collapse(IEnumerable<Match> bestFirst, bool groupDocuments)
    {
        ArgumentNullException.ThrowIfNull(bestFirst);
        var kept = new List<Match>();
        var keptSignatures = new List<long>();
        var support = new List<int>();
        // Units collapse only with units of their own kind: a case study quotes the expert view it came from, and both
        // must stay; a whole document's passages share one group.
        var byBand = new Dictionary<(string Group, int Band, int Value), List<int>>();
        foreach (var match in bestFirst)
        {
            var wholeDocument = groupDocuments && !match.Standalone;
            var signature = wholeDocument ? match.DocumentSignature : match.UnitSignature;
            var group = wholeDocument ? string.Empty : match.Kind;
            var duplicateOf = NearDuplicateOf(byBand, keptSignatures, group, signature);
            if (duplicateOf >= 0)
            {
                // Only units of the very same document support it; a rendition's copies of the same passage do not.
                var representative = kept[duplicateOf];
                if (wholeDocument && representative.DocumentSignature == match.DocumentSignature && support[duplicateOf] < SupportWeights.Length)
                {
                    kept[duplicateOf] = representative with { Score = representative.Score + (SupportWeights[support[duplicateOf]] * match.Score) };
                    support[duplicateOf]++;
                }

                continue;
            }

            var index = kept.Count;
            kept.Add(match);
            keptSignatures.Add(signature);
            support.Add(0);
            for (var band = 0; band < Bands; band++)
            {
                var key = (group, band, BandValue(signature, band));
                if (!byBand.TryGetValue(key, out var list))
                {
                    byBand[key] = list = [];
                }

                list.Add(index);
            }
        }

        return groupDocuments ? kept.OrderByDescending(m => m.Score).ThenBy(m => m.Doc).ToList() : kept;
    }

    /// <summary>
    /// Moves the hits of one document beyond its first <paramref name="maxPerDocument"/> (its passages' hit, expert
    /// views and case studies alike) behind all other hits, their order kept, so a paper with twenty case studies
    /// cannot fill the first page; the document's renditions count as the same document.
    /// </summary>
    public static IReadOnlyList<Match> Diversify(IReadOnlyList<Match> bestFirst, int maxPerDocument)
    {
        ArgumentNullException.ThrowIfNull(bestFirst);
        var documents = new List<(long Signature, int Shown)>();
        var first = new List<Match>(bestFirst.Count);
        var later = new List<Match>();
        foreach (var match in bestFirst)
        {
            var seen = documents.FindIndex(d => SimHash.Distance(d.Signature, match.DocumentSignature) <= NearDuplicateDistance);
            if (seen < 0)
            {
                documents.Add((match.DocumentSignature, 1));
                first.Add(match);
            }
            else if (documents[seen].Shown < maxPerDocument)
            {
                documents[seen] = (documents[seen].Signature, documents[seen].Shown + 1);
                first.Add(match);
            }
            else
            {
                later.Add(match);
            }
        }

        first.AddRange(later);
        return first;
    }

    private static int NearDuplicateOf(
        Dictionary<(string, int, int), List<int>> byBand,
        List<long> keptSignatures,
        string group,
        long signature)
    {
        for (var band = 0; band < Bands; band++)
        {
            if (byBand.TryGetValue((group, band, BandValue(signature, band)), out var candidates))
            {
                foreach (var i in candidates)
                {
                    if (SimHash.Distance(keptSignatures[i], signature) <= NearDuplicateDistance)
                    {
                        return i;
                    }
                }
            }
        }

        return -1;
    }

    private static int BandValue(long signature, int band) => (int)((unchecked((ulong)signature) >> (band * 8)) & 0xFF);
}
