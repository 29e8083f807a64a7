namespace LmecKnowledgeSearch.Answering.Extraction;

/// <summary>A stretch of a sentence that might answer the question; Start and Length index the sentence.</summary>
public readonly record struct SpanCandidate(int Start, int Length, bool IsClause, bool IsQuoted)
{
    public int End => Start + Length;
}

/// <summary>A sentence the extractor reads: its text, the passage it comes from and that passage's retrieval rank and score.</summary>
public sealed record ReadSentence(string Text, int PassageIndex, int PassageRank, double RetrievalShare);
