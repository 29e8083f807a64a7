namespace LmecKnowledgeSearch.Answering.Extraction;

/// <summary>Where a sentence repeats the question: which characters are part of a question bigram, and how much of it.</summary>
public sealed class SentenceMatch
{
    public SentenceMatch(QuestionView question, string sentence)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(sentence);
        Lower = sentence.ToLowerInvariant();
        Matched = new bool[sentence.Length];
        BigramAt = new int[sentence.Length];
        Array.Fill(BigramAt, -1);
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < Lower.Length; i++)
        {
            var bigram = Lower.Substring(i, 2);
            if (question.BigramIndex.TryGetValue(bigram, out var index))
            {
                Matched[i] = Matched[i + 1] = true;
                BigramAt[i] = index;
                found.Add(bigram);
            }
        }

        BigramCoverage = question.Bigrams.Count == 0 ? 0 : found.Count / (double)question.Bigrams.Count;
        CharacterCoverage = question.Characters.Count == 0 ? 0 : question.Characters.Count(c => Lower.Contains(c)) / (double)question.Characters.Count;
        MatchedCount = Matched.Count(m => m);
        LongestCommon = Math.Max(LongestRun(Lower, question.SlotBefore), LongestRun(Lower, question.SlotAfter));
    }

    /// <summary>The longest run of characters the sentence shares with the question's words before or after the question word.</summary>
    public int LongestCommon { get; }

    private static int LongestRun(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var best = 0;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0;
                best = Math.Max(best, current[j]);
            }

            (previous, current) = (current, previous);
        }

        return best;
    }

    public string Lower { get; }

    public bool[] Matched { get; }

    /// <summary>For each position, the index of the question bigram starting there, or -1.</summary>
    public int[] BigramAt { get; }

    public int MatchedCount { get; }

    /// <summary>Share of the question's content bigrams the sentence contains.</summary>
    public double BigramCoverage { get; }

    /// <summary>Share of the question's content characters the sentence contains.</summary>
    public double CharacterCoverage { get; }
}
