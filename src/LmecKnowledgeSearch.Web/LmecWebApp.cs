using LmecKnowledgeSearch.Web.Api;
using LmecKnowledgeSearch.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LmecKnowledgeSearch.Web;

/// <summary>
/// Builds the web host shared by `lmec serve` and the tests: the JSON API, the page, the OpenAPI document and the
/// freshness loops. Read top to bottom, it is the server's table of contents.
/// </summary>
public static class LmecWebApp
{
    /// <summary>
    /// Long enough for a 100 kB query, even Chinese text percent-encoded to three times its size, to reach validation
    /// (and get a JSON 400 rather than a bare 414), small enough to bound memory.
    /// </summary>
    public const int MaxRequestLineBytes = 512 * 1024;

    /// <summary>Where Kestrel itself refuses a request line with its bare 414, above <see cref="MaxRequestLineBytes"/>.</summary>
    public const int KestrelRequestLineBytes = MaxRequestLineBytes + (MaxRequestLineBytes / 2);

    public const long MaxRequestBodyBytes = 64 * 1024;

    public const string OpenApiPath = "/openapi/v1.json";

    /// <summary>The server `lmec serve` runs; listen addresses are added to <c>Urls</c> by the caller.</summary>
    /// <param name="configure">Last say over the builder before it is built.</param>
    public static WebApplication Create(LmecWebOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(LmecWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        AddServices(builder.Services, options);
        configure?.Invoke(builder);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    /// <summary>
    /// The same server as a generic host builder without a server chosen, for hosts that pick their own
    /// (WebApplicationFactory picks the test server or Kestrel).
    /// </summary>
    public static IHostBuilder CreateHostBuilder(LmecWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new HostBuilder()
            .UseContentRoot(AppContext.BaseDirectory)
            .ConfigureWebHost(web => web
                .UseSetting(WebHostDefaults.ApplicationKey, typeof(LmecWebApp).Assembly.GetName().Name)
                .ConfigureServices(services => AddServices(services, options))
                .Configure(Configure));
    }

    public static void AddServices(IServiceCollection services, LmecWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Half again the API's own limit, so an over-long line still reaches RequestLineLimit and gets a JSON
            // answer; with the headers it stays within Kestrel's 1 MB request buffer.
            kestrel.Limits.MaxRequestLineSize = KestrelRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = KestrelRequestLineBytes + (32 * 1024);
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        });
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore", options.LogRequests ? LogLevel.Information : LogLevel.Warning));
        services.AddRouting();
        services.ConfigureHttpJsonOptions(json => ApiJson.Apply(json.SerializerOptions));
        services.AddOpenApi();
        services.AddSingleton(_ => new LmecServices(options));
        services.AddHostedService<WarmUpService>();
        services.AddHostedService<FreshnessService>();
    }

    /// <summary>The request pipeline: errors as JSON, the page, then the API.</summary>
    public static void Configure(IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ApiErrorHandler.HandleAsync });
        app.UseStatusCodePages(ApiErrorHandler.HandleStatusCodeAsync);
        HostFilter.Use(app, app.ApplicationServices.GetRequiredService<LmecServices>().Options);
        RequestLineLimit.Use(app);
        UsePage(app);
        app.UseRouting();
        app.UseEndpoints(MapEndpoints);
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider.GetRequiredService<LmecServices>();
        SearchApi.Map(endpoints, services);
        AskApi.Map(endpoints, services);
        UnitsApi.Map(endpoints, services);
        DocumentsApi.Map(endpoints, services);
        StatusApi.Map(endpoints, services);
        IndexApi.Map(endpoints, services);
        endpoints.MapOpenApi();
    }

    private static void UsePage(IApplicationBuilder app)
    {
        var page = new EmbeddedFileProvider(typeof(LmecWebApp).Assembly, "LmecKnowledgeSearch.Web.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = page });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = page,
            OnPrepareResponse = file =>
            {
                var headers = file.Context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.ContentSecurityPolicy = "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:";
                headers.CacheControl = "no-cache";
            },
        });
    }
}
