using System.CommandLine;

namespace LmecKnowledgeSearch.Cli.Commands;

/// <summary>Options every command shares.</summary>
public static class CommonOptions
{
    public static Option<string?> Index { get; } = new("--index")
    {
        Description = "index folder (default: $LMEC_INDEX, else .lmec/index)",
        Recursive = true,
    };

    public static Option<bool> Json()
    {
        return new Option<bool>("--json") { Description = "print one JSON object on stdout and nothing else" };
    }
}
