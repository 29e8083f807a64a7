using Spectre.Console;

namespace LmecKnowledgeSearch.Cli.Rendering;

/// <summary>What a command writes to: a console for people, a plain writer for --json (exactly one object, nothing else).</summary>
public sealed record CliContext(IAnsiConsole Console, TextWriter JsonOut, TextWriter ErrorOut, TimeProvider Clock);
