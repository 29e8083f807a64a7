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
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < Lower.Length; i++)
        {
            var bigram = Lower.Substring(i, 2);
            if (question.Bigrams.Contains(bigram))
            {
                Matched[i] = Matched[i + 1] = true;
                found.Add(bigram);
            }
        }

        BigramCoverage = question.Bigrams.Count == 0 ? 0 : found.Count / (double)question.Bigrams.Count;
        CharacterCoverage = question.Characters.Count == 0 ? 0 : question.Characters.Count(c => Lower.Contains(c)) / (double)question.Characters.Count;
        MatchedCount = Matched.Count(m => m);
    }

    public string Lower { get; }

    public bool[] Matched { get; }

    public int MatchedCount { get; }

    /// <summary>Share of the question's content bigrams the sentence contains.</summary>
    public double BigramCoverage { get; }

    /// <summary>Share of the question's content characters the sentence contains.</summary>
    public double CharacterCoverage { get; }
}
