using System.ClientModel;
using Microsoft.Extensions.AI;
using OpenAI;

namespace LmecKnowledgeSearch.Answering.Generation;

/// <summary>
/// The optional OpenAI-compatible endpoint for generated answers. Hosts read it from LMEC_LLM_ENDPOINT (e.g.
/// http://localhost:11434/v1), LMEC_LLM_MODEL and, where the server wants one, LMEC_LLM_API_KEY. Unset: no generation.
/// </summary>
public sealed record ModelEndpoint(Uri Endpoint, string Model, string? ApiKey)
{
    public const string EndpointVariable = "LMEC_LLM_ENDPOINT";
    public const string ModelVariable = "LMEC_LLM_MODEL";
    public const string ApiKeyVariable = "LMEC_LLM_API_KEY";

    /// <summary>The endpoint the three settings describe (named after their variables in errors); null when no endpoint is set.</summary>
    public static ModelEndpoint? Parse(string? endpoint, string? model, string? apiKey)
    {
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return null;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new LmecException(LmecErrorKind.InvalidInput, $"{EndpointVariable} is not an http(s) address: {endpoint}");
        }

        if (string.IsNullOrWhiteSpace(model))
        {
            throw new LmecException(LmecErrorKind.InvalidInput, $"{EndpointVariable} is set but {ModelVariable} is not: name the model to use");
        }

        return new ModelEndpoint(uri, model, apiKey);
    }

    public IChatClient CreateClient() =>
        new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(ApiKey) ? "none" : ApiKey), new OpenAIClientOptions { Endpoint = Endpoint })
            .GetChatClient(Model)
            .AsIChatClient();
}
