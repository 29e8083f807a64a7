using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using LmecKnowledgeSearch.Tests.Fixtures;
using LmecKnowledgeSearch.Web.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace LmecKnowledgeSearch.Web.Tests.Scheduling;

/// <summary>The server's cron schedule, driven by a fake clock, while a loop of queries keeps running.</summary>
public sealed class ScheduledReindexTests
{
    // A briefing written for this test: a monitoring programme that the seed corpus does not mention.
    private const string NewBriefing = """
        澜沧江-湄公河环境合作中心
        简报
        2023年 第3期
        2023年3月15日
        湄公河伊洛瓦底江豚监测研讨会

        2023年3月10日，澜湄环境合作中心在老挝万象举办伊洛瓦底江豚保护与监测研讨会，约40名代表参会。

        阮文安 湄公河委员会渔业项目官员
        介绍了Irrawaddy dolphin population monitoring在柬埔寨桔井省的做法，社区巡护员每月记录江豚目击次数。
        """;

    [Fact]
    public async Task A_new_briefing_is_found_after_the_scheduled_time_while_queries_keep_succeeding()
    {
        using var temp = new TempCorpus();
        temp.CopyFromRepoCorpus("lmec-briefing-2022-11.txt");
        using (var knowledge = new KnowledgeBase(temp.IndexPath, TimeProvider.System))
        {
            await knowledge.IndexAsync([temp.Corpus]);
        }

        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        using var server = LmecWebFactory.Start(new LmecWebOptions
        {
            IndexPath = temp.IndexPath,
            Corpus = [temp.Corpus],
            Schedule = "0 2 * * *",
            Clock = clock,
        });
        using var client = server.CreateHttpClient();
        Assert.Equal("2026-03-02T02:00:00+00:00", await NextRunAsync(client));

        using var stop = new CancellationTokenSource();
        var failures = new ConcurrentQueue<string>();
        var queries = 0;
        var loop = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("橡胶"));
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode != HttpStatusCode.OK || JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32() == 0)
                    {
                        failures.Enqueue($"{(int)response.StatusCode} {body}");
                    }
                }
                catch (HttpRequestException e)
                {
                    failures.Enqueue(e.Message);
                }

                Interlocked.Increment(ref queries);
            }
        });

        temp.Write("lmec-briefing-2023-03.txt", NewBriefing);
        clock.Advance(TimeSpan.FromMinutes(59));
        await Task.Delay(500);
        Assert.Equal(0, await TotalAsync(client, "Irrawaddy"));

        // Step the clock past 02:00 in small moves: the schedule's wait may be set up a moment after any one move.
        var found = 0;
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (found == 0 && DateTime.UtcNow < deadline)
        {
            if (clock.GetUtcNow() < new DateTimeOffset(2026, 3, 2, 3, 0, 0, TimeSpan.Zero))
            {
                clock.Advance(TimeSpan.FromMinutes(1));
            }

            await Task.Delay(200);
            found = await TotalAsync(client, "Irrawaddy");
        }

        // The first queries load the segmenter and dictionaries; on a busy machine the re-index can finish before a
        // handful have run. Let a few more run against the new index rather than asserting on how fast either is.
        var enough = DateTime.UtcNow.AddSeconds(30);
        while (Volatile.Read(ref queries) <= 5 && DateTime.UtcNow < enough)
        {
            await Task.Delay(100);
        }

        await stop.CancelAsync();
        await loop;
        Assert.True(found > 0, "the new briefing was not indexed after the scheduled time");
        Assert.Empty(failures);
        Assert.True(queries > 5, $"only {queries} queries ran");
        Assert.Equal("2026-03-03T02:00:00+00:00", await NextRunAsync(client));
    }

    private static async Task<int> TotalAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("total").GetInt32();
    }

    private static async Task<string?> NextRunAsync(HttpClient client)
    {
        // The schedule loop starts with the host; give it a moment to compute its first occurrence.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var response = await client.GetAsync("/api/status");
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var next = json.RootElement.GetProperty("nextScheduledRun");
            if (next.ValueKind == JsonValueKind.String)
            {
                return next.GetDateTimeOffset().ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
            }

            await Task.Delay(100);
        }

        return null;
    }
}
