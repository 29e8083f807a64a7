namespace LmecKnowledgeSearch.Answering.Extraction;

/// <summary>The kind of answer a question word asks for: a general fact of the language, not of any document.</summary>
public enum ExpectedAnswer
{
    Other,
    Person,
    Time,
    Quantity,
    Count,
    Place,
    Which,
    Thing,
    Reason,
    Manner,
}

/// <summary>
/// Where the question word sits in the question and what it asks for. The words before and after it are the context an
/// answer span should be found between once the question is aligned with a sentence (X是谁 ↔ X是张三).
/// </summary>
public sealed record QuestionSlot(ExpectedAnswer Expected, int Start, int Length, string Before, string After)
{
    // Longer cues first, so 什么时候 is a time and 为什么 a reason, not a thing.
    private static readonly (string Cue, ExpectedAnswer Expected)[] Cues =
    [
        ("为什么", ExpectedAnswer.Reason), ("为何", ExpectedAnswer.Reason), ("什么原因", ExpectedAnswer.Reason), ("why", ExpectedAnswer.Reason),
        ("什么时候", ExpectedAnswer.Time), ("什么时间", ExpectedAnswer.Time), ("哪一年", ExpectedAnswer.Time), ("哪年", ExpectedAnswer.Time),
        ("哪一天", ExpectedAnswer.Time), ("哪天", ExpectedAnswer.Time), ("何时", ExpectedAnswer.Time), ("几年", ExpectedAnswer.Time),
        ("几月", ExpectedAnswer.Time), ("几日", ExpectedAnswer.Time), ("几号", ExpectedAnswer.Time), ("what year", ExpectedAnswer.Time), ("when", ExpectedAnswer.Time),
        ("how many", ExpectedAnswer.Quantity), ("how much", ExpectedAnswer.Quantity), ("how long", ExpectedAnswer.Quantity), ("how large", ExpectedAnswer.Quantity),
        ("多少", ExpectedAnswer.Quantity), ("多大", ExpectedAnswer.Quantity), ("多长", ExpectedAnswer.Quantity), ("多高", ExpectedAnswer.Quantity),
        ("多久", ExpectedAnswer.Quantity), ("多远", ExpectedAnswer.Quantity), ("多重", ExpectedAnswer.Quantity), ("多深", ExpectedAnswer.Quantity),
        ("几", ExpectedAnswer.Count),
        ("怎么样", ExpectedAnswer.Manner), ("怎样", ExpectedAnswer.Manner), ("怎么", ExpectedAnswer.Manner), ("如何", ExpectedAnswer.Manner), ("how", ExpectedAnswer.Manner),
        ("谁", ExpectedAnswer.Person), ("who", ExpectedAnswer.Person), ("whom", ExpectedAnswer.Person),
        ("哪里", ExpectedAnswer.Place), ("哪儿", ExpectedAnswer.Place), ("何处", ExpectedAnswer.Place), ("何地", ExpectedAnswer.Place), ("where", ExpectedAnswer.Place),
        ("哪", ExpectedAnswer.Which), ("which", ExpectedAnswer.Which),
        ("什么", ExpectedAnswer.Thing), ("甚么", ExpectedAnswer.Thing), ("啥", ExpectedAnswer.Thing), ("何", ExpectedAnswer.Thing), ("what", ExpectedAnswer.Thing),
    ];

    public static QuestionSlot Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var lower = question.ToLowerInvariant();
        foreach (var (cue, expected) in Cues)
        {
            var at = FindCue(lower, cue);
            if (at >= 0)
            {
                return new QuestionSlot(expected, at, cue.Length, Strip(question[..at]), Strip(question[(at + cue.Length)..]));
            }
        }

        return new QuestionSlot(ExpectedAnswer.Other, question.Length, 0, Strip(question), string.Empty);
    }

    /// <summary>An English cue only as a whole word; a Chinese one anywhere.</summary>
    private static int FindCue(string text, string cue)
    {
        var from = 0;
        while (from <= text.Length - cue.Length)
        {
            var at = text.IndexOf(cue, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            var latin = cue[0] is >= 'a' and <= 'z';
            if (!latin || ((at == 0 || !char.IsLetter(text[at - 1])) && (at + cue.Length == text.Length || !char.IsLetter(text[at + cue.Length]))))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    /// <summary>The question's letters and digits only: punctuation, spaces and the closing particles (吗, 呢) do not align.</summary>
    internal static string Strip(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit)).TrimEnd('吗', '呢', '呀', '啊');
}
