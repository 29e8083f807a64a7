namespace LmecKnowledgeSearch.Answering;

/// <summary>A passage retrieved for a question, with what is needed to cite it.</summary>
public sealed record AnswerCandidate(
    string Id,
    string Text,
    string? Speaker,
    string? Affiliation,
    string Source,
    string? Date,
    double RetrievalScore)
{
    /// <summary>The document's title and the passage's heading path: they say what a passage is about when its sentences do not.</summary>
    public string? Context { get; init; }

    /// <summary>A Chinese speaker's name in pinyin ("li nan"), for questions that name them in English.</summary>
    public string? SpeakerLatin { get; init; }
}

/// <summary>A sentence that supports the answer, with its citation.</summary>
public sealed record Evidence(string Id, string Text, string? Speaker, string? Affiliation, string Source, string? Date);

/// <summary>The result of `lmec ask` / GET /api/ask. A public interface: keep the shape.</summary>
public sealed record AnswerResult(string Question, string Answer, double Confidence, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>
    /// An answer written by a language model from the evidence alone, with [n] citations into <see cref="Evidence"/>;
    /// only when a model endpoint is configured (off by default), and absent from the JSON otherwise.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Generated { get; init; }
}
