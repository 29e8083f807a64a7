using LmecKnowledgeSearch.Web.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace LmecKnowledgeSearch.Web.Tests.Page;

/// <summary>The page in real (headless) Chromium against the real server on Kestrel.</summary>
[Collection(IndexedCorpusCollection.Name)]
public sealed class SearchPageTests
{
    private readonly IndexedCorpus corpus;
    private readonly ITestOutputHelper output;

    public SearchPageTests(IndexedCorpus corpus, ITestOutputHelper output)
    {
        this.corpus = corpus;
        this.output = output;
    }

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    [ChromiumFact]
    public async Task Searches_filters_by_a_facet_opens_a_document_and_shows_an_answer_with_its_citation()
    {
        using var server = LmecWebFactory.Start(corpus.Options());
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        Directory.CreateDirectory(ScreenshotFolder);

        await page.GotoAsync(server.Address.ToString());
        await page.FillAsync("#q", "橡胶");
        await page.ClickAsync("#search-button");
        await page.WaitForFunctionAsync("() => document.querySelector('#summary').textContent.includes('橡胶') || document.querySelectorAll('.hit mark').length > 0");
        var firstSnippet = page.Locator(".hit .snippet").First;
        // Query expansion may mark related terms too; the user's own word must be among the marks.
        Assert.Contains("橡胶", await firstSnippet.Locator("mark").AllInnerTextsAsync());

        // Click a theme facet value, then check the filter holds: every hit shown carries that theme.
        const string facetName = "theme";
        var facet = page.Locator($"button.facet[data-facet='{facetName}']").First;
        var label = await facet.Locator(".value").InnerTextAsync();
        var count = await facet.Locator(".count").InnerTextAsync();
        await facet.ClickAsync();
        await page.WaitForSelectorAsync($"#facets button.facet.selected[data-facet='{facetName}']");
        Assert.StartsWith($"共 {count} 条结果", await page.Locator("#summary").InnerTextAsync(), StringComparison.Ordinal);
        var hits = page.Locator(".hit");
        Assert.True(await hits.CountAsync() > 0);
        for (var i = 0; i < await hits.CountAsync(); i++)
        {
            Assert.Contains(label, await hits.Nth(i).Locator(".chip").AllInnerTextsAsync());
        }

        // Click again to clear the filter.
        await page.Locator($"#facets button.facet.selected[data-facet='{facetName}']").First.ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#facets button.facet.selected').length === 0");

        await page.Locator(".hit .open-document").First.ClickAsync();
        await page.WaitForSelectorAsync("#doc-body mark");
        Assert.Contains("橡胶", await page.Locator("#doc-body mark").AllInnerTextsAsync());
        Assert.Contains("澜沧江-湄公河环境合作中心", await page.Locator("#doc-body").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "document-view.png") });

        // The document view has its own address: a reload shows it again, the back button returns to the results.
        await page.ReloadAsync();
        await page.WaitForFunctionAsync("() => !document.querySelector('#panel-doc').hidden && document.querySelector('#doc-body').textContent.length > 100");
        await page.GoBackAsync();
        await page.WaitForSelectorAsync("#panel-search .hit");

        await page.ClickAsync("#tab-ask");
        await page.FillAsync("#question", "环境友好型橡胶林试点在哪里开展？");
        await page.ClickAsync("#ask-button");
        await page.WaitForSelectorAsync(".citation");
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("#answer-text").InnerTextAsync()));
        var citation = await page.Locator(".citation").First.InnerTextAsync();
        Assert.Contains("lmec-briefing-2022-11", citation, StringComparison.Ordinal);
        var screenshot = Path.Combine(ScreenshotFolder, "ask-answer.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });

        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
        output.WriteLine($"screenshots: {ScreenshotFolder}");
    }

    [ChromiumFact]
    public async Task Fits_a_phone_width_and_keeps_markup_in_documents_as_text()
    {
        using var server = LmecWebFactory.Start(corpus.Options());
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true });
        Directory.CreateDirectory(ScreenshotFolder);

        await page.GotoAsync(server.Address.ToString());
        await page.FillAsync("#q", "<img src=x onerror=alert(1)> 橡胶");
        await page.ClickAsync("#search-button");
        await page.WaitForSelectorAsync(".hit");
        Assert.Equal(0, await page.Locator(".hits img, #facets img").CountAsync());

        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the page is wider than a phone screen");

        await page.ClickAsync("#lang-toggle");
        Assert.Equal("Search", await page.Locator("#search-button").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "phone-en.png"), FullPage = true });
    }
}
