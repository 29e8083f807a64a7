using LmecKnowledgeSearch.Search;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LmecKnowledgeSearch.Web.Hosting;

/// <summary>
/// Opens the index and loads what a query needs (analysers, glossary, answerer) while the server starts, so the first
/// user does not wait for it. Runs in the background; a missing index only means the first query reports it.
/// </summary>
internal sealed class WarmUpService(LmecServices services, ILogger<WarmUpService> logger) : IHostedService
{
    private Task? warming;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.Options.WarmUp)
        {
            warming = Task.Run(WarmUp, CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (warming is not null)
        {
            await warming.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private void WarmUp()
    {
        try
        {
            _ = services.Knowledge.Search.Search(new SearchRequest { Query = "生态 保护" });
            _ = services.Knowledge.Ask("谁负责生态保护？");
        }
        catch (LmecException e)
        {
            logger.LogInformation("not warmed up: {Reason}", e.Message);
        }
    }
}
