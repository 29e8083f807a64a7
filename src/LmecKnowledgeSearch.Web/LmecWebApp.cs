using LmecKnowledgeSearch.Web.Api;
using LmecKnowledgeSearch.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace LmecKnowledgeSearch.Web;

/// <summary>
/// Builds the web host shared by `lmec serve` and the tests: the JSON API, the page, the OpenAPI document and the
/// freshness loops. Read top to bottom, it is the server's table of contents.
/// </summary>
public static class LmecWebApp
{
    /// <summary>Long enough for a 100 kB query to reach validation (and get a JSON 400), small enough to bound memory.</summary>
    public const int MaxRequestLineBytes = 160 * 1024;

    public const long MaxRequestBodyBytes = 64 * 1024;

    /// <param name="configure">Last say over the builder before it is built (tests: a test server or a port).</param>
    public static WebApplication Create(LmecWebOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(LmecWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = MaxRequestLineBytes + (32 * 1024);
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        });
        builder.Services.ConfigureHttpJsonOptions(json => ApiJson.Apply(json.SerializerOptions));
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(_ => new LmecServices(options));
        builder.Services.AddHostedService<FreshnessService>();
        configure?.Invoke(builder);

        var app = builder.Build();
        var services = app.Services.GetRequiredService<LmecServices>();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ApiErrorHandler.HandleAsync });
        UsePage(app);

        SearchApi.Map(app, services);
        AskApi.Map(app, services);
        UnitsApi.Map(app, services);
        DocumentsApi.Map(app, services);
        StatusApi.Map(app, services);
        IndexApi.Map(app, services);
        app.MapOpenApi();
        return app;
    }

    private static void UsePage(WebApplication app)
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
