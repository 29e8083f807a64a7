using LmecKnowledgeSearch.Cli;
using LmecKnowledgeSearch.Cli.Rendering;
using Spectre.Console;

Console.OutputEncoding = System.Text.Encoding.UTF8;
var context = new CliContext(AnsiConsole.Console, Console.Out, Console.Error, TimeProvider.System);
return await LmecCli.RunAsync(args, context);
