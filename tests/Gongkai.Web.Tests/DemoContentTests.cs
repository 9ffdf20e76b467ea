using System.Text.Json;
using Gongkai.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests;

/// <summary>
/// The demo county as a fresh install seeds it (the first README command): the townships' 2017 (洲上乡: 2018) records
/// recompute to what their seed reports state, and the current year has work in every state.
/// </summary>
public sealed class DemoContentTests : IAsyncLifetime
{
    private readonly GongkaiFactory app = new(DbKind.Sqlite);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        app.Settings["Demo:SeedContent"] = "true";
        return ValueTask.CompletedTask;
    }

    private static decimal Value(JsonElement stats, string row) =>
        stats.GetProperty("tables").EnumerateArray().SelectMany(t => t.GetProperty("rows").EnumerateArray())
            .Single(r => r.GetProperty("key").GetString() == row).GetProperty("values").EnumerateObject().First().Value.GetDecimal();

    [Fact]
    public async Task The_2017_reports_of_the_seeds_recompute_from_the_demo_records()
    {
        var supervisor = await app.ApiClientAsync("county.supervisor");

        // seed 三爪仑乡 2017: 161 items on the website, 131 of them also on 政务微信, 292 in all; no requests.
        var sanzhualun = await (await supervisor.GetAsync("/api/agencies/sanzhualun/reports/2017/statistics", Ct)).JsonAsync();
        Assert.Equal("legacy", sanzhualun.GetProperty("format").GetString());
        Assert.Equal(161, Value(sanzhualun, "legacy.proactive.items"));
        Assert.Equal(161, Value(sanzhualun, "legacy.proactive.channels.website"));
        Assert.Equal(131, Value(sanzhualun, "legacy.proactive.channels.wechat"));
        Assert.Equal(292, Value(sanzhualun, "derived.channelSum"));
        Assert.Equal(6, Value(sanzhualun, "legacy.proactive.items.normative"));
        Assert.Equal(0, Value(sanzhualun, "legacy.requests.received"));

        // seed 松江乡 2017: 10 requests received in person, all answered (9 disclosed, 1 process information withheld).
        var songjiang = await (await supervisor.GetAsync("/api/agencies/songjiang/reports/2017/statistics", Ct)).JsonAsync();
        Assert.Equal(10, Value(songjiang, "legacy.requests.received"));
        Assert.Equal(10, Value(songjiang, "legacy.requests.received.inPerson"));
        Assert.Equal(2, Value(songjiang, "legacy.response.hotTopics"));

        // seed 双溪乡 2017: 756 items.
        var shuangxi = await (await supervisor.GetAsync("/api/agencies/shuangxi/reports/2017/statistics", Ct)).JsonAsync();
        Assert.Equal(756, Value(shuangxi, "legacy.proactive.items"));

        // The current year: requests in every state, a pending 行政复议, drafts waiting for review.
        var statuses = await app.WithDbAsync(db => db.Requests.Where(r => r.ReceivedOn.Year == BeijingClock.Today.Year).Select(r => r.Status).Distinct().ToListAsync(Ct));
        Assert.Contains(RequestStatus.AwaitingCorrection, statuses);
        Assert.Contains(RequestStatus.Closed, statuses);
        Assert.True(await app.WithDbAsync(db => db.RemedyCases.AnyAsync(r => r.Result == RemedyResult.Pending, Ct)));
        Assert.True(await app.WithDbAsync(db => db.CatalogItems.AnyAsync(i => i.Status == Gongkai.Core.Catalog.ItemStatus.PendingReview, Ct)));

        // Everything published is searchable (the follower indexes the seeded items at start-up).
        var anonymous = app.CreateClient();
        JsonElement found = default;
        for (var i = 0; i < 60; i++)
        {
            found = await (await anonymous.GetAsync("/api/search?q=" + Uri.EscapeDataString("三爪仑乡基本概况"), Ct)).JsonAsync();
            if (found.GetProperty("total").GetInt32() > 0)
            {
                break;
            }

            await Task.Delay(500, Ct);
        }

        Assert.True(found.GetProperty("total").GetInt32() > 0);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
