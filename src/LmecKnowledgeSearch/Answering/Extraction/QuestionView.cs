namespace LmecKnowledgeSearch.Answering.Extraction;

/// <summary>
/// What the features need of a question, computed once: its slot, and the character bigrams and characters of its
/// words outside the question word (the words a sentence that answers it repeats).
/// </summary>
public sealed class QuestionView
{
    public QuestionView(string question, QuestionAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(analysis);
        Question = question;
        Analysis = analysis;
        Slot = QuestionSlot.Of(question);
        var content = (Slot.Before + "\u0001" + Slot.After).ToLowerInvariant();
        Bigrams = Enumerable.Range(0, Math.Max(0, content.Length - 1))
            .Select(i => content.Substring(i, 2))
            .Where(b => b.All(char.IsLetterOrDigit))
            .ToHashSet(StringComparer.Ordinal);
        BigramIndex = Bigrams.Select((b, i) => (b, i)).ToDictionary(p => p.b, p => p.i, StringComparer.Ordinal);
        Characters = content.Where(char.IsLetterOrDigit).ToHashSet();
        var lowered = question.ToLowerInvariant();
        QuestionCharacters = lowered.Where(char.IsLetterOrDigit).ToHashSet();
        SlotBefore = Slot.Before.ToLowerInvariant();
        SlotAfter = Slot.After.ToLowerInvariant();
        // The noun a which/what question asks for follows its question word (哪个国家, 什么颜色): its first two Han characters after a classifier.
        Focus = Slot.Expected is ExpectedAnswer.Which or ExpectedAnswer.Thing or ExpectedAnswer.Place or ExpectedAnswer.Person or ExpectedAnswer.Count or ExpectedAnswer.Quantity
            ? string.Concat(Slot.After.TrimStart('个', '一', '些', '位', '种', '家', '座', '条', '年', '次', '项', '部', '本', '名').Take(2).Where(HanCharacters.IsHan)).ToCharArray()
            : [];
        EnglishWords = lowered.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2 && w.All(char.IsAsciiLetterOrDigit)).ToHashSet(StringComparer.Ordinal);
    }

    private static readonly char[] Separators = [' ', ',', '.', '?', '!', ';', ':', '"', '\'', '(', ')', '，', '？', '。'];

    public string Question { get; }

    public QuestionAnalysis Analysis { get; }

    public QuestionSlot Slot { get; }

    /// <summary>Character bigrams of the question's content (question word left out), lower case.</summary>
    public IReadOnlySet<string> Bigrams { get; }

    /// <summary>Each content bigram's number, for counting distinct bigrams in a window without allocating.</summary>
    public IReadOnlyDictionary<string, int> BigramIndex { get; }

    /// <summary>Letters and digits of the question's content.</summary>
    public IReadOnlySet<char> Characters { get; }

    /// <summary>Every letter and digit of the question, question word included: an answer seldom repeats the question.</summary>
    public IReadOnlySet<char> QuestionCharacters { get; }

    public IReadOnlySet<string> EnglishWords { get; }

    public string SlotBefore { get; }

    public string SlotAfter { get; }

    /// <summary>The first characters of the noun after the question word, if it asks for one.</summary>
    public char[] Focus { get; }
}
