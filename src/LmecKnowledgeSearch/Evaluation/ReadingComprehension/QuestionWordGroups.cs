namespace LmecKnowledgeSearch.Evaluation.ReadingComprehension;

/// <summary>The question word a Chinese (or English) question asks with, for per-kind figures in a report.</summary>
public static class QuestionWordGroups
{
    // Order matters: 为什么 before 什么, 多少 before 几, 哪里 counted with 哪.
    private static readonly (string Group, string[] Cues)[] Groups =
    [
        ("为什么", ["为什么", "为何", "why"]),
        ("怎么", ["怎么", "怎样", "如何", "how"]),
        ("谁", ["谁", "who"]),
        ("何时", ["何时", "什么时候", "哪一年", "哪年", "几年", "几月", "何年", "when"]),
        ("多少", ["多少", "多大", "多长", "多高", "多久", "how many", "how much"]),
        ("几", ["几"]),
        ("哪", ["哪", "where", "which"]),
        ("什么", ["什么", "啥", "何", "what"]),
    ];

    public static string Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var lower = question.ToLowerInvariant();
        foreach (var (group, cues) in Groups)
        {
            if (cues.Any(c => lower.Contains(c, StringComparison.Ordinal)))
            {
                return group;
            }
        }

        return "其他";
    }
}
