namespace LmecKnowledgeSearch.Answering;

/// <summary>The kind of answer a question asks for, which decides the span to extract.</summary>
public enum QuestionType
{
    /// <summary>What/how/why: the answer is the best sentence.</summary>
    Description,
    Person,
    Date,
    Place,
    Quantity,
    Organisation,
}

/// <summary>Words of the question that carry its content; <see cref="Terms"/> are alternative match keys for one idea.</summary>
/// <param name="Label">The question word the group stands for.</param>
/// <param name="Terms">Keys that match it: Chinese words and their bigrams as substrings, English stems as words, translations.</param>
/// <param name="Weight">Below 1 for weak words (a single Chinese character, a reporting verb such as 介绍/introduced).</param>
/// <param name="IsSpecific">A name-like word (quoted, capitalised, a number, a long Chinese word): a passage that lacks it is about something else.</param>
/// <param name="IsPredicate">The event a when/where question asks about (成立, established): an answer must be about it.</param>
public sealed record TermGroup(string Label, IReadOnlyList<string> Terms, double Weight, bool IsSpecific = false, bool IsPredicate = false);

/// <summary>What <see cref="QuestionAnalyzer"/> makes of a question.</summary>
/// <param name="Phrases">Multi-word runs of the question (and their translations) whose presence as a whole is a proximity signal.</param>
/// <param name="Measures">For quantity questions, the unit or counted noun asked about (多少人 -> 人, how many farmers -> farmer).</param>
/// <param name="Focus">Keys of the noun a what/which question asks for (什么能力 -> 能力, what colour -> colour); an answer must mention it.</param>
public sealed record QuestionAnalysis(
    string Question,
    QuestionType Type,
    IReadOnlyList<TermGroup> Groups,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> Measures,
    IReadOnlyList<string> Focus);
