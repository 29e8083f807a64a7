using LmecKnowledgeSearch.Web.Hosting;
using Xunit;

namespace LmecKnowledgeSearch.Web.Tests.Hosting;

/// <summary>The hosts' reading of the environment into the options the core is handed.</summary>
public sealed class HostEnvironmentTests
{
    [Fact]
    public void An_index_option_wins_over_the_variable_and_the_variable_over_the_default()
    {
        static string? Env(string name) => name == HostEnvironment.IndexPathVariable ? "/from/env" : null;

        Assert.Equal("given", HostEnvironment.ResolveIndexPath("given", Env));
        Assert.Equal("/from/env", HostEnvironment.ResolveIndexPath(null, Env));
        Assert.Equal(KnowledgeBaseOptions.DefaultIndexPath, HostEnvironment.ResolveIndexPath(" ", _ => null));
    }

    [Fact]
    public void The_glossary_and_model_variables_become_options()
    {
        var variables = new Dictionary<string, string>
        {
            [HostEnvironment.GlossaryVariable] = "/data/glossary.tsv",
            ["LMEC_LLM_ENDPOINT"] = "http://localhost:11434/v1",
            ["LMEC_LLM_MODEL"] = "qwen",
        };

        var options = HostEnvironment.OptionsFor("index", name => variables.GetValueOrDefault(name));

        Assert.Equal("index", options.IndexPath);
        Assert.Equal("/data/glossary.tsv", options.GlossaryPath);
        Assert.Equal(new Uri("http://localhost:11434/v1"), options.ModelEndpoint!.Endpoint);
        Assert.Equal("qwen", options.ModelEndpoint.Model);
        Assert.Null(options.ModelEndpoint.ApiKey);
    }

    [Fact]
    public void Nothing_set_means_the_embedded_glossary_and_no_generation()
    {
        var options = HostEnvironment.OptionsFor(null, _ => null);

        Assert.Null(options.GlossaryPath);
        Assert.Null(options.ModelEndpoint);
    }

    [Fact]
    public void An_endpoint_without_a_model_is_a_clear_error()
    {
        var error = Assert.Throws<LmecException>(() =>
            HostEnvironment.OptionsFor(null, name => name == "LMEC_LLM_ENDPOINT" ? "http://localhost:11434/v1" : null));

        Assert.Equal(LmecErrorKind.InvalidInput, error.Kind);
        Assert.Contains("LMEC_LLM_MODEL", error.Message, StringComparison.Ordinal);
    }
}
