namespace LmecKnowledgeSearch.Analysis.Evaluation;

/// <summary>One gold-segmented line: its raw text (the words joined) and the words in order.</summary>
public sealed record GoldSentence(string Text, IReadOnlyList<string> Words);

/// <summary>A named test set with the words its training data knew, for OOV recall (empty when not available).</summary>
public sealed record GoldTestSet(string Name, IReadOnlyList<GoldSentence> Sentences, IReadOnlySet<string> TrainingWords)
{
    public long CharCount => Sentences.Sum(s => (long)s.Text.Length);
}
