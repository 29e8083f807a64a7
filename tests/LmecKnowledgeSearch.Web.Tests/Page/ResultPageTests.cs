using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Web.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit;

namespace LmecKnowledgeSearch.Web.Tests.Page;

/// <summary>
/// What a researcher sees at a glance, in real (headless) Chromium against the real server: one card per text, honest
/// marks, a readable document with its speakers, addresses that restore a view, both interface languages.
/// </summary>
[Collection(IndexedCorpusCollection.Name)]
public sealed partial class ResultPageTests(IndexedCorpus corpus)
{
    /// <summary>Two cards whose snippets share this many characters show the same text (two speakers may name the same 33-character project).</summary>
    private const int SharedOpening = 45;

    [ChromiumFact]
    public async Task Rubber_shows_each_text_once_with_the_case_inside_its_views_card_and_marks_only_rubber()
    {
        await using var session = await BrowserSession.StartAsync(corpus, "zh-CN");
        var page = session.Page;

        await page.GotoAsync(session.Url("?q=" + Uri.EscapeDataString("橡胶")));
        await page.WaitForSelectorAsync(".hit .snippet mark");

        var snippets = (await page.Locator(".hit .snippet").AllInnerTextsAsync()).Take(10).Select(s => s.Replace("…", string.Empty, StringComparison.Ordinal).Trim()).ToList();
        for (var i = 0; i < snippets.Count; i++)
        {
            for (var j = 0; j < snippets.Count; j++)
            {
                Assert.False(i != j && snippets[j].Length >= SharedOpening && snippets[i].Contains(snippets[j][..SharedOpening], StringComparison.Ordinal), $"cards {i} and {j} show the same text");
            }
        }

        Assert.True(await page.Locator(".hit.expert_view .cases .case").CountAsync() > 0, "no case study inside a view's card");
        Assert.All(await page.Locator(".hit mark").AllInnerTextsAsync(), m => Assert.Contains("橡胶", m, StringComparison.Ordinal));
        var labels = await page.Locator(".hit h2.label").AllInnerTextsAsync();
        Assert.Equal(labels.Count, labels.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(labels, l => l.StartsWith("张燕 · ", StringComparison.Ordinal));
        await session.ScreenshotAsync("search-rubber.png", fullPage: true);
    }

    [ChromiumFact]
    public async Task The_english_interface_names_facet_values_in_english_with_the_original_beside_and_translates_back()
    {
        await using var session = await BrowserSession.StartAsync(corpus, "en-US");
        var page = session.Page;

        await page.GotoAsync(session.Url("?q=gender&ui=en"));
        await page.WaitForSelectorAsync(".hit .snippet mark");

        Assert.Contains("Place", await page.Locator("#facets h3").AllTextContentsAsync());
        var yunnan = page.Locator("#facets button.facet[data-facet='place'][data-value='云南省'] .value");
        Assert.Equal("Yunnan 云南省", (await yunnan.InnerTextAsync()).Trim());
        Assert.Equal("Expert view", await page.Locator("#facets button.facet[data-facet='kind'][data-value='expert_view'] .value").InnerTextAsync());
        Assert.All(await page.Locator(".hit mark").AllInnerTextsAsync(), m => Assert.True(m == "性别" || m.Equals("gender", StringComparison.OrdinalIgnoreCase), $"marked '{m}'"));
        await session.ScreenshotAsync("search-gender-en.png", fullPage: true);

        // A server message in the interface's language: English here, Chinese after switching.
        await page.GotoAsync(session.Url("?q=" + Uri.EscapeDataString("rubber AND (")));
        await page.WaitForSelectorAsync("#search-error:not([hidden])");
        Assert.StartsWith("the query could not be understood", await page.Locator("#search-error").InnerTextAsync(), StringComparison.Ordinal);
        await page.ClickAsync("#lang-toggle");
        Assert.StartsWith("无法理解该查询", await page.Locator("#search-error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("检索", await page.Locator("#search-button").InnerTextAsync());
    }

    [ChromiumFact]
    public async Task The_document_reads_as_sections_under_its_speakers_and_leads_back_to_the_card()
    {
        await using var session = await BrowserSession.StartAsync(corpus, "zh-CN");
        var page = session.Page;

        await page.GotoAsync(session.Url("?q=" + Uri.EscapeDataString("橡胶")));
        var card = page.Locator(".hit.expert_view", new() { Has = page.Locator(".cases") }).First;
        var cardId = await card.GetAttributeAsync("data-id");
        await card.Locator(".open-case").First.ClickAsync();
        await page.WaitForSelectorAsync("#doc-body .target");

        Assert.Equal(12, await page.Locator("#doc-body .speaker-section").CountAsync());
        Assert.StartsWith("Makiko Yashiro · ", await page.Locator("#doc-body h3.speaker").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#doc-body p.para").CountAsync() > 20, "the document is one wall of text");
        var target = page.Locator("#doc-body .target");
        Assert.Contains("橡胶", await target.Locator("mark").AllInnerTextsAsync());
        await page.WaitForFunctionAsync("() => { const r = document.querySelector('#doc-body .target').getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }", null, new() { Timeout = 5000 });
        Assert.Contains("doc=", page.Url, StringComparison.Ordinal);
        await session.ScreenshotAsync("document-speakers.png", fullPage: false);

        await page.ClickAsync("#doc-back");
        await page.WaitForSelectorAsync(".hit.focused");
        Assert.Equal(cardId, await page.Locator(".hit.focused").GetAttributeAsync("data-id"));
        await page.GoForwardAsync();
        await page.WaitForSelectorAsync("#doc-body .target");
    }

    [ChromiumFact]
    public async Task Addresses_restore_a_filtered_search_and_an_answer_whose_citation_opens_the_cited_unit()
    {
        await using var session = await BrowserSession.StartAsync(corpus, "zh-CN");
        var page = session.Page;

        await page.GotoAsync(session.Url("?q=" + Uri.EscapeDataString("橡胶") + "&kind=expert_view&page=1"));
        await page.WaitForSelectorAsync("#facets button.facet.selected[data-facet='kind'][data-value='expert_view']");
        Assert.Equal("橡胶", await page.InputValueAsync("#q"));
        Assert.All(await page.Locator(".hit .head .kind").AllInnerTextsAsync(), k => Assert.Equal("专家观点", k));

        await page.Locator("#facets button.facet[data-facet='theme']").First.ClickAsync();
        await page.WaitForURLAsync(ThemeInAddress());
        await page.GoBackAsync();
        await page.WaitForFunctionAsync("() => !location.search.includes('theme=') && document.querySelectorAll(\"#facets button.facet.selected[data-facet='theme']\").length === 0");

        await page.GotoAsync(session.Url("?ask=" + Uri.EscapeDataString("环境友好型橡胶林试点在哪里开展？")));
        await page.WaitForSelectorAsync(".citation a.open-citation");
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("#answer-text").InnerTextAsync()));
        Assert.Equal("环境友好型橡胶林试点在哪里开展？", await page.InputValueAsync("#question"));
        var citation = page.Locator(".citation").First;
        var cited = await citation.GetAttributeAsync("data-id");
        await session.ScreenshotAsync("ask-citation.png", fullPage: true);

        await citation.Locator("a.open-citation").ClickAsync();
        await page.WaitForSelectorAsync("#doc-body .target");
        Assert.Equal($"u-{cited}", await page.Locator("#doc-body .target").GetAttributeAsync("id"));
        await page.GoBackAsync();
        await page.WaitForSelectorAsync("#panel-ask:not([hidden]) .citation");
        Assert.Equal([], session.ConsoleErrors);
    }

    [GeneratedRegex("theme=")]
    private static partial Regex ThemeInAddress();
}
