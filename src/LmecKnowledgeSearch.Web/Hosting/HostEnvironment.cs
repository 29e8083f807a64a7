using LmecKnowledgeSearch.Answering.Generation;

namespace LmecKnowledgeSearch.Web.Hosting;

/// <summary>
/// The settings both hosts (the `lmec` command and the web host) take from the environment, turned into the options
/// the core is handed: the core itself reads no environment variable.
/// </summary>
public static class HostEnvironment
{
    public const string IndexPathVariable = "LMEC_INDEX";
    public const string GlossaryVariable = "LMEC_GLOSSARY";

    /// <summary>The index folder: the option if given, else $LMEC_INDEX, else .lmec/index in the current directory.</summary>
    public static string ResolveIndexPath(string? option, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        return !string.IsNullOrWhiteSpace(option) ? option
            : environment(IndexPathVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : KnowledgeBaseOptions.DefaultIndexPath;
    }

    /// <summary>
    /// The knowledge base options for <paramref name="indexOption"/> (a --index value or null), with the glossary
    /// override ($LMEC_GLOSSARY) and the model endpoint ($LMEC_LLM_ENDPOINT, $LMEC_LLM_MODEL, $LMEC_LLM_API_KEY).
    /// </summary>
    /// <param name="environment">Reads a variable; tests pass their own.</param>
    public static KnowledgeBaseOptions OptionsFor(string? indexOption, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        return new KnowledgeBaseOptions(ResolveIndexPath(indexOption, environment))
        {
            GlossaryPath = environment(GlossaryVariable) is { Length: > 0 } glossary ? glossary : null,
            ModelEndpoint = ModelEndpoint.Parse(
                environment(ModelEndpoint.EndpointVariable),
                environment(ModelEndpoint.ModelVariable),
                environment(ModelEndpoint.ApiKeyVariable)),
        };
    }
}
