using System.CommandLine;
using System.Net;
using LmecKnowledgeSearch.Cli.Rendering;
using LmecKnowledgeSearch.Scheduling;
using LmecKnowledgeSearch.Web.Hosting;
using LmecKnowledgeSearch.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace LmecKnowledgeSearch.Cli.Commands;

/// <summary>`lmec serve`: the web page and JSON API on this machine, optionally kept fresh by a watcher and a schedule.</summary>
public static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:5080";
    public const string ApiKeyVariable = "LMEC_API_KEY";

    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls") { Description = "where to listen, ';'-separated (default http://127.0.0.1:5080)", DefaultValueFactory = _ => DefaultUrl };
        var allowRemote = new Option<bool>("--allow-remote") { Description = "allow listening on addresses other than loopback and answering any Host name (default: loopback names only)" };
        var watch = new Option<bool>("--watch") { Description = "re-index when files in the corpus folders change" };
        var schedule = new Option<string?>("--schedule") { Description = "re-index on a cron schedule, e.g. \"0 2 * * *\" (local time)" };
        var corpus = new Option<string[]>("--corpus") { Description = "corpus folders (default: corpus/)", AllowMultipleArgumentsPerToken = true };
        var apiKey = new Option<string?>("--api-key") { Description = $"key that POST /api/index must send in X-Api-Key (default: ${ApiKeyVariable}; none disables it)" };
        var logRequests = new Option<bool>("--log-requests") { Description = "log every request to the console (off by default)" };
        var command = new Command("serve", "serve the search page and the JSON API") { urls, allowRemote, watch, schedule, corpus, apiKey, logRequests };
        command.SetAction(async (parse, ct) =>
        {
            var listen = (parse.GetValue(urls) ?? DefaultUrl).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!parse.GetValue(allowRemote) && listen.FirstOrDefault(u => !IsLoopback(u)) is { } remote)
            {
                throw new LmecException(LmecErrorKind.InvalidInput, $"'{remote}' is not a loopback address; add --allow-remote to serve other machines");
            }

            var cron = parse.GetValue(schedule);
            if (cron is { Length: > 0 })
            {
                _ = ScheduledReindexer.Parse(cron);
            }

            var options = new LmecWebOptions
            {
                IndexPath = HostEnvironment.ResolveIndexPath(parse.GetValue(CommonOptions.Index)),
                Corpus = parse.GetValue(corpus) is { Length: > 0 } given ? given : [IndexCommand.DefaultCorpus],
                ApiKey = parse.GetValue(apiKey) is { Length: > 0 } key ? key : Environment.GetEnvironmentVariable(ApiKeyVariable),
                Watch = parse.GetValue(watch),
                Schedule = cron,
                Clock = context.Clock,
                AllowRemote = parse.GetValue(allowRemote),
                LogRequests = parse.GetValue(logRequests),
                WarmUp = true,
            };
            await IndexIfMissingAsync(context, options, ct);

            await using var app = LmecWebApp.Create(options);
            foreach (var url in listen)
            {
                app.Urls.Add(url);
            }

            await app.StartAsync(ct);
            context.Console.MarkupLine($"LMEC Knowledge Search on [link]{TerminalText.Escape(string.Join(" ", app.Urls))}[/] (Ctrl+C to stop)");
            var corpusList = TerminalText.Escape(string.Join(", ", options.Corpus));
            context.Console.MarkupLine(options.Watch ? $"  re-indexing when files in {corpusList} change" : "  not watching the corpus (--watch)");
            context.Console.MarkupLine(cron is { Length: > 0 } ? $"  re-indexing on schedule '{TerminalText.Escape(cron)}'" : "  no re-index schedule (--schedule)");
            context.Console.MarkupLine(options.ApiKey is { Length: > 0 } ? "  POST /api/index enabled (X-Api-Key)" : $"  POST /api/index disabled (--api-key or ${ApiKeyVariable})");
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }

    /// <summary>Whether a listen URL only reaches this machine (localhost or a loopback address).</summary>
    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }

    private static async Task IndexIfMissingAsync(CliContext context, LmecWebOptions options, CancellationToken ct)
    {
        using var knowledge = new KnowledgeBase(options.IndexPath, options.Clock);
        try
        {
            _ = knowledge.Status();
        }
        catch (LmecException e) when (e.Kind == LmecErrorKind.IndexMissing)
        {
            context.Console.MarkupLine($"no index yet: indexing {TerminalText.Escape(string.Join(", ", options.Corpus))} first");
            var report = await knowledge.IndexAsync(options.Corpus, null, ct);
            context.Console.MarkupLine($"indexed {report.Indexed} files ({report.Units} units), {report.Failed.Count} failed");
        }
    }
}
