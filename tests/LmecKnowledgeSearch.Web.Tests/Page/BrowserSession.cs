using LmecKnowledgeSearch.Web.Tests.Fixtures;
using Microsoft.Playwright;

namespace LmecKnowledgeSearch.Web.Tests.Page;

/// <summary>The server on Kestrel and one headless Chromium page against it; console errors are collected.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly LmecWebFactory server;
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private BrowserSession(LmecWebFactory server, IPlaywright playwright, IBrowser browser, IPage page)
    {
        this.server = server;
        this.playwright = playwright;
        this.browser = browser;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add(message.Text);
            }
        };
    }

    public IPage Page { get; }

    public List<string> ConsoleErrors { get; } = [];

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<BrowserSession> StartAsync(IndexedCorpus corpus, string locale)
    {
        var server = LmecWebFactory.Start(corpus.Options());
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = locale });
        return new BrowserSession(server, playwright, browser, page);
    }

    public string Url(string pathAndQuery) => new Uri(server.Address, pathAndQuery.StartsWith('?') ? "/" + pathAndQuery : pathAndQuery).ToString();

    public async Task ScreenshotAsync(string name, bool fullPage)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name), FullPage = fullPage });
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        server.Dispose();
    }
}
