using System.Net;
using LmecKnowledgeSearch.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LmecKnowledgeSearch.Web.Tests.Fixtures;

/// <summary>
/// The real server (<see cref="LmecWebApp.CreateHostBuilder"/>) on Kestrel at a free loopback port, so tests speak
/// real HTTP. The type parameter only names this test assembly (it has an entry point) for the factory's checks.
/// </summary>
public sealed class LmecWebFactory : WebApplicationFactory<LmecWebFactory>
{
    private readonly LmecWebOptions options;

    private LmecWebFactory(LmecWebOptions options)
    {
        this.options = options;
    }

    /// <summary>The Kestrel address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public static LmecWebFactory Start(LmecWebOptions options)
    {
        var factory = new LmecWebFactory(options);
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        factory.Address = new Uri(addresses.First().TrimEnd('/') + "/");
        return factory;
    }

    /// <summary>A plain client over a socket to the server (no in-memory handler).</summary>
    public HttpClient CreateHttpClient() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };

    protected override IHostBuilder CreateHostBuilder() => LmecWebApp.CreateHostBuilder(options);

    // The factory guesses a source folder as content root; the server needs none (the page is embedded).
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);
}
