using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Core.Calendar;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Web.Tests;

/// <summary>
/// A due date that runs into a year whose holiday notice is not in the data is provisional, and every place that shows
/// it says so in plain words: the deadline API, the citizen's receipt and the public tracking page. A class of its own
/// (its own database), because CalendarApiTests adds a year to its app's calendar.
/// </summary>
public abstract partial class CalendarProvisionalDueTests(AppFixture fixture)
{
    private GongkaiFactory App => fixture.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The first year after the embedded data: 2027 while the data ends with 2026.</summary>
    private static int NextYear => WorkingDayCalendar.Embedded.Years[^1] + 1;

    [GeneratedRegex("id=\"tracking-code\">([^<]+)<")]
    private static partial Regex TrackingCode();

    [GeneratedRegex("id=\"query-key\">([^<]+)<")]
    private static partial Regex QueryKey();

    [Fact]
    public async Task Due_endpoint_skips_statutory_days_of_a_year_without_data_and_keeps_it_unverified_with_a_note()
    {
        // 2030 春节: 除夕 2月2日 (Sat), 初一 3日 (Sun), 初二 4日 (Mon), 初三 5日 (Tue). Received Fri 2月1日: 6日 (1), 7日 (2),
        // 8日 (3). Weekends only would have said 2月6日.
        var client = App.CreateClient();
        var json = await (await client.GetAsync("/api/calendar/due?received=2030-02-01&days=3", Ct)).JsonAsync();
        Assert.Equal("2030-02-08", json.GetProperty("due").GetString());
        Assert.False(json.GetProperty("verified").GetBoolean());
        Assert.Equal("2030年节假日安排尚未公布，截止日期暂按法定节假日推算，公布后可能提前或顺延。", json.GetProperty("note").GetString());

        var verified = await (await client.GetAsync("/api/calendar/due?received=2025-01-20&days=20", Ct)).JsonAsync();
        Assert.True(verified.GetProperty("verified").GetBoolean());
        Assert.Equal(JsonValueKind.Null, verified.GetProperty("note").ValueKind);
    }

    [Fact]
    public async Task Receipt_and_tracking_page_say_the_next_years_holidays_are_not_yet_published()
    {
        // Applied online on 10 December of the last year with data (10:00 Beijing time): 20 working days end in January.
        await using var app = App.WithClock(BeijingClock.At(new DateOnly(NextYear - 1, 12, 10), new TimeOnly(10, 0)));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var sentence = $"{NextYear}年节假日安排尚未公布，截止日期暂按法定节假日推算，公布后可能提前或顺延。";

        var applied = await client.PostFormAsync("/songjiang/apply", new Dictionary<string, string>
        {
            ["Input.ApplicantType"] = "NaturalPerson",
            ["Input.ApplicantName"] = "李四",
            ["Input.IdDocumentType"] = "居民身份证",
            ["Input.IdDocumentNumber"] = "11010519491231002X",
            ["Input.Phone"] = "13800138000",
            ["Input.Email"] = "lisi@example.com",
            ["Input.Subject"] = "本乡年度征地补偿标准",
            ["Input.Description"] = "请提供本乡征地补偿标准的文件。",
            ["Input.Delivery"] = "Email",
        });
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        var receipt = await applied.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"receipt\"", receipt);
        Assert.Contains($"{NextYear}年1月", receipt); // the due date itself
        Assert.Contains(sentence, receipt);

        var tracked = await client.PostFormAsync("/track", new Dictionary<string, string>
        {
            ["Code"] = TrackingCode().Match(receipt).Groups[1].Value,
            ["Key"] = QueryKey().Match(receipt).Groups[1].Value,
        });
        var page = await tracked.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"track-result\"", page);
        Assert.Contains(sentence, page);
        Assert.DoesNotContain("日历未核实", page);
    }
}

public sealed class CalendarProvisionalDueTestsOnSqlite(SqliteApp app) : CalendarProvisionalDueTests(app), IClassFixture<SqliteApp>;

public sealed class CalendarProvisionalDueTestsOnPostgreSql(PostgresApp app) : CalendarProvisionalDueTests(app), IClassFixture<PostgresApp>;
