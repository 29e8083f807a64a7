using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LmecKnowledgeSearch.Search.Queries;

/// <summary>One translation of a source word: its query over the search fields and its terms in the body word field.</summary>
public sealed record TranslationAlternative(Query Query, IReadOnlyList<Term> BodyTerms);

/// <summary>
/// All dictionary translations of one source word, scored as one concept (Pirkola's structured query translation):
/// translations absent from the index are dropped, so they cost nothing, and the rest are scored as if they shared the
/// concept's document frequency — the sum of theirs — so a rare, probably wrong translation cannot outscore the
/// common right one, and a concept found in most documents weighs little. Resolved against the index at rewrite time.
/// </summary>
public sealed class TranslationSetQuery : Query
{
    private const float TieBreaker = 0.1f;

    private readonly IReadOnlyList<TranslationAlternative> alternatives;
    private readonly Query? ownWords;

    /// <param name="ownWords">The user's own words for the concept, kept as a disjunct whatever the index holds.</param>
    public TranslationSetQuery(IReadOnlyList<TranslationAlternative> alternatives, Query? ownWords)
    {
        ArgumentNullException.ThrowIfNull(alternatives);
        this.alternatives = alternatives;
        this.ownWords = ownWords;
    }

    public override Query Rewrite(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var documents = Math.Max(1, reader.MaxDoc);
        var present = new List<(Query Query, int Frequency)>();
        foreach (var alternative in alternatives)
        {
            // A phrase is present at most where its rarest word is: the upper bound stands in for its frequency.
            var frequency = alternative.BodyTerms.Count == 0 ? 0 : alternative.BodyTerms.Min(reader.DocFreq);
            if (frequency > 0)
            {
                present.Add((alternative.Query, frequency));
            }
        }

        var result = new DisjunctionMaxQuery(TieBreaker) { Boost = Boost };
        var shared = Math.Min(documents, present.Sum(p => (long)p.Frequency));
        foreach (var (query, frequency) in present)
        {
            var scaled = (Query)query.Clone();
            scaled.Boost = query.Boost * (float)(Idf(shared, documents) / Idf(frequency, documents));
            result.Add(scaled);
        }

        if (ownWords is not null && result.Disjuncts.Count > 0)
        {
            result.Add(ownWords);
        }

        return result.Disjuncts.Count > 0 ? result : new BooleanQuery();
    }

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var alternative in alternatives)
        {
            alternative.Query.ExtractTerms(terms);
        }
    }

    public override string ToString(string field) =>
        "translations(" + string.Join(" | ", alternatives.Select(a => a.Query.ToString(field))) + ")" + (Boost == 1f ? "" : "^" + Boost);

    public override bool Equals(object? obj) =>
        obj is TranslationSetQuery other && Boost == other.Boost
        && alternatives.Select(a => a.Query).SequenceEqual(other.alternatives.Select(a => a.Query))
        && Equals(ownWords, other.ownWords);

    public override int GetHashCode() =>
        alternatives.Aggregate(Boost.GetHashCode(), (hash, a) => HashCode.Combine(hash, a.Query));

    // BM25's idf, as the index's similarity computes it.
    private static double Idf(long frequency, int documents) => Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));
}
