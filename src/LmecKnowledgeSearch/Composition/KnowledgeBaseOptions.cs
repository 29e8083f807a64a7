using LmecKnowledgeSearch.Answering.Generation;
using LmecKnowledgeSearch.Search.Queries;

namespace LmecKnowledgeSearch.Composition;

/// <summary>
/// How one knowledge base is set up. Hosts build it from their arguments and environment (see the web project's
/// <c>HostEnvironment</c>); the core reads no environment variable itself.
/// </summary>
/// <param name="IndexPath">The index folder.</param>
public sealed record KnowledgeBaseOptions(string IndexPath)
{
    /// <summary>Where an index lives when a host is told nothing else: .lmec/index under the working directory.</summary>
    public const string DefaultIndexPath = ".lmec/index";

    /// <summary>A glossary .tsv file or folder used instead of the embedded glossary; re-read when it changes.</summary>
    public string? GlossaryPath { get; init; }

    /// <summary>The language model endpoint for generated answers; null leaves generation off.</summary>
    public ModelEndpoint? ModelEndpoint { get; init; }

    /// <summary>Which vocabularies carry a query into the other language: by default the glossary and CC-CEDICT.</summary>
    public QueryTranslationOptions Translation { get; init; } = new();
}
