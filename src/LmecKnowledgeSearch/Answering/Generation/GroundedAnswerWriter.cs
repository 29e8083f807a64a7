using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;

namespace LmecKnowledgeSearch.Answering.Generation;

/// <summary>
/// Asks a language model (any OpenAI-compatible endpoint, e.g. a local model server) to answer from the retrieved
/// evidence only, citing it as [1], [2]… The extractive answer and its evidence stay the source of truth: the model
/// sees nothing else, and when it finds no answer there it says so.
/// </summary>
public sealed class GroundedAnswerWriter
{
    /// <summary>What the model is told to reply when the evidence does not answer the question.</summary>
    public const string NoAnswerMarker = "NO_ANSWER";

    private const string Instructions =
        "You answer questions about an archive of environmental briefings and reports. Use ONLY the numbered evidence " +
        "given. Answer in the language of the question, in one to three sentences, and cite every claim with the " +
        "number of its evidence in square brackets, e.g. [1]. Name the speaker and their organisation when the " +
        "evidence gives them. If the evidence does not answer the question, reply exactly " + NoAnswerMarker + ".";

    private readonly IChatClient client;

    public GroundedAnswerWriter(IChatClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        this.client = client;
    }

    /// <summary>The model's grounded answer, or null when the evidence is empty or the model found no answer in it.</summary>
    public async Task<string?> WriteAsync(string question, IReadOnlyList<Evidence> evidence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Count == 0)
        {
            return null;
        }

        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, Instructions),
            new(ChatRole.User, Prompt(question, evidence)),
        };
        var response = await client.GetResponseAsync(messages, new ChatOptions { Temperature = 0 }, cancellationToken).ConfigureAwait(false);
        var text = response.Text.Trim();
        return text.Length == 0 || text.Contains(NoAnswerMarker, StringComparison.Ordinal) ? null : text;
    }

    private static string Prompt(string question, IReadOnlyList<Evidence> evidence)
    {
        var prompt = new StringBuilder();
        for (var i = 0; i < evidence.Count; i++)
        {
            var e = evidence[i];
            var who = string.Join(", ", new[] { e.Speaker, e.Affiliation }.Where(s => !string.IsNullOrWhiteSpace(s)));
            prompt.Append(CultureInfo.InvariantCulture, $"[{i + 1}] ({(who.Length > 0 ? who + "; " : string.Empty)}{e.Source}{(e.Date is null ? string.Empty : ", " + e.Date)}) {e.Text}\n");
        }

        prompt.Append(CultureInfo.InvariantCulture, $"\nQuestion: {question}");
        return prompt.ToString();
    }
}
