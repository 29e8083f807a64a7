using System.Text.Json;
using LmecKnowledgeSearch.Tests.Fixtures;
using LmecKnowledgeSearch.Web.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Web.Tests.Scheduling;

/// <summary>`lmec serve --watch`: file changes in the corpus reach the index without a restart.</summary>
public sealed class WatchReindexTests
{
    [Fact]
    public async Task A_file_added_and_then_deleted_is_found_and_then_gone()
    {
        using var temp = new TempCorpus();
        temp.CopyFromRepoCorpus("lmec-briefing-2022-11.txt");
        using (var knowledge = new KnowledgeBase(temp.IndexPath, TimeProvider.System))
        {
            await knowledge.IndexAsync([temp.Corpus]);
        }

        using var server = LmecWebFactory.Start(new LmecWebOptions
        {
            IndexPath = temp.IndexPath,
            Corpus = [temp.Corpus],
            Watch = true,
            WatchDebounce = TimeSpan.FromMilliseconds(300),
        });
        using var client = server.CreateHttpClient();
        Assert.Equal(0, await TotalAsync(client, "Tonle"));

        var path = temp.Write("notes/tonle-sap.md", "# 洞里萨湖鱼类洄游笔记\n\nTonle Sap flood pulse 与鱼类洄游的关系，渔民观察记录。\n");
        Assert.True(await EventuallyAsync(async () => await TotalAsync(client, "Tonle") > 0), "the added file was not indexed");

        File.Delete(path);
        Assert.True(await EventuallyAsync(async () => await TotalAsync(client, "Tonle") == 0), "the deleted file stayed in the index");
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }

    private static async Task<int> TotalAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("total").GetInt32();
    }
}
