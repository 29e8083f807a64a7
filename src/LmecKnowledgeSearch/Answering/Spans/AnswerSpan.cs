namespace LmecKnowledgeSearch.Answering.Spans;

/// <summary>A typed answer found in a sentence; <see cref="Quality"/> in [0,1] says how well it fits the question.</summary>
public sealed record AnswerSpan(string Text, int Start, int Length, double Quality);

/// <summary>What a span finder knows besides the sentence: the question and the passage's citation fields.</summary>
/// <param name="KnownOrganisations">Organisation names taken from the affiliations of all candidates.</param>
public sealed record SpanContext(QuestionAnalysis Question, string? Speaker, string? Affiliation, IReadOnlyList<string> KnownOrganisations);

/// <summary>Finds answer spans of one kind in a sentence.</summary>
public interface ISpanFinder
{
    IReadOnlyList<AnswerSpan> Find(string sentence, SpanContext context);
}
