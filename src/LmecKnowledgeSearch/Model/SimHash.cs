using System.Numerics;

namespace LmecKnowledgeSearch.Model;

/// <summary>
/// A 64-bit SimHash over character 4-grams of the letters and digits of a text: near-identical texts (the same
/// briefing as .txt, .docx and .pdf; one news story from two outlets) differ in a few bits, unrelated ones in about 32.
/// </summary>
public static class SimHash
{
    private const int ShingleLength = 4;
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static long Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = new List<char>(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                normalized.Add(char.ToLowerInvariant(c));
            }
        }

        if (normalized.Count == 0)
        {
            return 0;
        }

        Span<int> weights = stackalloc int[64];
        var shingles = Math.Max(1, normalized.Count - ShingleLength + 1);
        for (var i = 0; i < shingles; i++)
        {
            var hash = FnvOffset;
            for (var j = i; j < Math.Min(i + ShingleLength, normalized.Count); j++)
            {
                hash = (hash ^ normalized[j]) * FnvPrime;
            }

            hash = Mix(hash);
            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
            }
        }

        ulong signature = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                signature |= 1UL << bit;
            }
        }

        return unchecked((long)signature);
    }

    public static int Distance(long a, long b) => BitOperations.PopCount(unchecked((ulong)(a ^ b)));

    // FNV alone spreads 4-char shingles poorly over the high bits; a finaliser (from SplitMix64) evens them out.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
