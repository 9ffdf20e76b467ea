using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests;

/// <summary>The public deadline endpoint and the platform admin's calendar corrections, on SQLite and PostgreSQL.</summary>
public abstract class CalendarApiTests(AppFixture fixture)
{
    private GongkaiFactory App => fixture.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    // 2025 notice: 春节 1月28日–2月4日 off, 1月26日 (Sun) and 2月8日 (Sat) worked. Counted by hand from 1月21日.
    [InlineData("2025-01-20", "20", null, "2025-02-21", 20, "2019")]
    // Received the day before the 2019 revision: 2008 rule, 15 days; 劳动节 2019 is 5月1日–4日.
    [InlineData("2019-05-14", null, null, "2019-06-04", 15, "2008")]
    // Received on the revision day: 20 days, skipping 端午 (2019-06-07).
    [InlineData("2019-05-15", null, null, "2019-06-13", 20, "2019")]
    // The rule can be named explicitly.
    [InlineData("2019-05-15", null, "2008", "2019-06-05", 15, "2008")]
    // Received on a Saturday inside the 2024 National Day break: counting starts on 10月8日 (Tue).
    [InlineData("2024-10-05", "1", null, "2024-10-08", 1, "2019")]
    public async Task Due_date_counts_working_days_after_receipt(string received, string? days, string? rule, string due, int workingDays, string ruleName)
    {
        var url = $"/api/calendar/due?received={received}" + (days is null ? "" : $"&days={days}") + (rule is null ? "" : $"&rule={rule}");
        var response = await App.CreateClient().GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal(received, json.GetProperty("received").GetString());
        Assert.Equal(due, json.GetProperty("due").GetString());
        Assert.Equal(workingDays, json.GetProperty("workingDays").GetInt32());
        Assert.Equal(ruleName, json.GetProperty("rule").GetString());
        Assert.True(json.GetProperty("verified").GetBoolean());
    }

    [Theory]
    [InlineData("received=2025-02-30&days=20", "received", "无效")]
    [InlineData("days=20", "received", "请提供")]
    [InlineData("received=2025-01-20&days=0", "days", "1到366")]
    [InlineData("received=2025-01-20&days=367", "days", "1到366")]
    [InlineData("received=2025-01-20&days=abc", "days", "1到366")]
    [InlineData("received=2025-01-20&rule=2010", "rule", "2019")]
    public async Task Bad_due_queries_get_a_chinese_field_error(string query, string field, string message)
    {
        var response = await App.CreateClient().GetAsync("/api/calendar/due?" + query, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(await response.FieldErrorsAsync(field), m => m.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Year_listing_shows_holidays_and_makeup_days_and_a_missing_year_says_so()
    {
        var client = App.CreateClient();
        var json = await (await client.GetAsync("/api/calendar/2025", Ct)).JsonAsync();
        var holidays = json.GetProperty("holidays").EnumerateArray().Select(d => d.GetProperty("date").GetString()).ToList();
        var makeups = json.GetProperty("makeupWorkdays").EnumerateArray().Select(d => d.GetProperty("date").GetString()).ToList();
        Assert.Contains("2025-02-04", holidays); // the day 春节 gained in 2025
        Assert.Contains("2025-05-05", holidays); // and 劳动节's extra day
        Assert.Contains("2025-01-26", makeups);
        Assert.DoesNotContain("2025-03-01", holidays); // an ordinary Saturday is not listed

        var missing = await client.GetAsync("/api/calendar/2031", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("日历未核实", (await missing.JsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Platform_admin_adds_a_year_which_verifies_deadlines_in_it_and_is_audited()
    {
        var anon = App.CreateClient();
        var before = await (await anon.GetAsync("/api/calendar/due?received=2027-09-28&days=3", Ct)).JsonAsync();
        Assert.False(before.GetProperty("verified").GetBoolean());
        // Statutory days only: 9月29日(1), 9月30日(2), 10月1日–3日 (Fri–Sun) off by statute, 10月4日 (Mon) the third.
        Assert.Equal("2027-10-04", before.GetProperty("due").GetString());

        const string content = "# hypothetical notice\n2027,2027-10-01,holiday,国庆节\n2027,2027-10-02,holiday,国庆节\n2027,2027-10-03,holiday,国庆节\n2027,2027-10-04,holiday,国庆节\n2027,2027-10-09,workday,国庆节\n";
        var editor = await App.ApiClientAsync("songjiang.editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PutJsonAsync("/api/calendar/2027", new { content, source = "x" })).StatusCode);

        var admin = await App.ApiClientAsync("admin");
        var wrongYear = await admin.PutJsonAsync("/api/calendar/2027", new { content = "2028,2028-01-01,holiday,元旦", source = "测试" });
        Assert.Equal(HttpStatusCode.BadRequest, wrongYear.StatusCode);
        Assert.Contains(await wrongYear.FieldErrorsAsync("content"), m => m.Contains("只能填写2027年", StringComparison.Ordinal));
        var weekdayMakeup = await admin.PutJsonAsync("/api/calendar/2027", new { content = "2027,2027-10-08,workday,国庆节", source = "测试" });
        Assert.Contains(await weekdayMakeup.FieldErrorsAsync("content"), m => m.Contains("第1行", StringComparison.Ordinal) && m.Contains("不是周六或周日", StringComparison.Ordinal));
        Assert.Contains(await (await admin.PutJsonAsync("/api/calendar/2027", new { content })).FieldErrorsAsync("source"), m => m.Contains("来源", StringComparison.Ordinal));
        Assert.False(await App.WithDbAsync(db => db.CalendarYears.AnyAsync(y => y.Year == 2027, Ct)));

        var saved = await admin.PutJsonAsync("/api/calendar/2027", new { content, source = "测试用通知" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var after = await (await anon.GetAsync("/api/calendar/due?received=2027-09-28&days=3", Ct)).JsonAsync();
        Assert.True(after.GetProperty("verified").GetBoolean());
        // 9月29日(1), 9月30日(2), then 10月1日–4日 off, 10月5日 (Tue) is the third.
        Assert.Equal("2027-10-05", after.GetProperty("due").GetString());
        var listed = await (await anon.GetAsync("/api/calendar/2027", Ct)).JsonAsync();
        Assert.Equal("测试用通知", listed.GetProperty("source").GetString());

        var audit = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "CalendarYearOverride").ToListAsync(Ct));
        var entry = Assert.Single(audit);
        Assert.Equal("admin", entry.Actor);
        Assert.Contains("2027-10-09", entry.After);
    }
}

public sealed class CalendarApiTestsOnSqlite(SqliteApp app) : CalendarApiTests(app), IClassFixture<SqliteApp>;

public sealed class CalendarApiTestsOnPostgreSql(PostgresApp app) : CalendarApiTests(app), IClassFixture<PostgresApp>;
