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

    public static IReadOnlyList<Match> Collapse(IEnumerable<Match> bestFirst, bool groupDocuments)
    {
        ArgumentNullException.ThrowIfNull(bestFirst);
        var kept = new List<Match>();
        var keptSignatures = new List<long>();
        var byBand = new Dictionary<(bool WholeDocument, int Band, int Value), List<int>>();
        foreach (var match in bestFirst)
        {
            var wholeDocument = groupDocuments && !match.Standalone;
            var signature = wholeDocument ? match.DocumentSignature : match.UnitSignature;
            if (IsNearDuplicate(byBand, keptSignatures, wholeDocument, signature))
            {
                continue;
            }

            var index = kept.Count;
            kept.Add(match);
            keptSignatures.Add(signature);
            for (var band = 0; band < Bands; band++)
            {
                var key = (wholeDocument, band, BandValue(signature, band));
                if (!byBand.TryGetValue(key, out var list))
                {
                    byBand[key] = list = [];
                }

                list.Add(index);
            }
        }

        return kept;
    }

    private static bool IsNearDuplicate(
        Dictionary<(bool, int, int), List<int>> byBand,
        List<long> keptSignatures,
        bool wholeDocument,
        long signature)
    {
        for (var band = 0; band < Bands; band++)
        {
            if (byBand.TryGetValue((wholeDocument, band, BandValue(signature, band)), out var candidates)
                && candidates.Any(i => SimHash.Distance(keptSignatures[i], signature) <= NearDuplicateDistance))
            {
                return true;
            }
        }

        return false;
    }

    private static int BandValue(long signature, int band) => (int)((unchecked((ulong)signature) >> (band * 8)) & 0xFF);
}
