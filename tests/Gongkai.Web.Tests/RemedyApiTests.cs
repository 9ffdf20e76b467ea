using System.Net;
using System.Net.Http.Json;
using Gongkai.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests;

/// <summary>行政复议, 行政诉讼 and 举报投诉 cases through the JSON API: registration, results, validation, isolation, audit.</summary>
public abstract class RemedyApiTests(AppFixture fixture)
{
    private GongkaiFactory App => fixture.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => BeijingClock.Today;

    private async Task<(int Id, string Code)> SubmitOnlineAsync(string agency = "songjiang")
    {
        var r = await App.CreateClient().PostAsJsonAsync($"/api/portal/{agency}/requests", CitizenRequest.Body(), Ct);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var json = await r.JsonAsync();
        return (json.GetProperty("id").GetInt32(), json.GetProperty("trackingCode").GetString()!);
    }

    private async Task<int> RegisterAsync(HttpClient handler, object body)
    {
        var r = await handler.PostAsJsonAsync("/api/agencies/songjiang/remedies", body, Ct);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        return (await r.JsonAsync()).GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Handler_registers_a_reconsideration_linked_to_a_request_and_records_it_corrected()
    {
        var (requestId, code) = await SubmitOnlineAsync();
        var handler = await App.ApiClientAsync("songjiang.handler");

        // The tracking code is matched whatever its case and surrounding spaces.
        var created = await handler.PostAsJsonAsync("/api/agencies/songjiang/remedies", new
        {
            kind = "Reconsideration", caseNumber = "示县复决字〔2026〕3号", body = "示范县人民政府", filedOn = Today,
            requestCode = " " + code.ToLowerInvariant() + " ", summary = "申请人对部分公开的答复不服。",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await created.JsonAsync();
        var id = json.GetProperty("id").GetInt32();
        Assert.Equal("行政复议", json.GetProperty("kindLabel").GetString());
        Assert.Equal("尚未审结", json.GetProperty("resultLabel").GetString());
        Assert.Equal(code, json.GetProperty("requestCode").GetString());
        Assert.Equal($"/api/remedies/{id}", created.Headers.Location?.ToString());

        var decided = await handler.PutAsJsonAsync($"/api/remedies/{id}", new
        {
            caseNumber = "示县复决字〔2026〕3号", body = "示范县人民政府", result = "Corrected", decidedOn = Today,
            summary = "复议机关责令重新答复。",
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal("结果纠正", (await decided.JsonAsync()).GetProperty("resultLabel").GetString());

        var stored = await App.WithDbAsync(db => db.RemedyCases.AsNoTracking().SingleAsync(c => c.Id == id, Ct));
        Assert.Equal(RemedyKind.Reconsideration, stored.Kind);
        Assert.Equal(RemedyResult.Corrected, stored.Result);
        Assert.Equal(Today, stored.DecidedOn);
        Assert.Equal(requestId, stored.RequestId);
        Assert.Equal("复议机关责令重新答复。", stored.Summary);

        var list = await (await handler.GetAsync("/api/agencies/songjiang/remedies", Ct)).JsonAsync();
        var row = Assert.Single(list.EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);
        Assert.Equal(code, row.GetProperty("requestCode").GetString());
        Assert.Equal("Corrected", row.GetProperty("result").GetString());

        // Each write leaves an audit entry with a readable verb.
        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == "RemedyCase" && e.EntityId == id.ToString()).OrderBy(e => e.Id).ToListAsync(Ct));
        Assert.Equal(2, audit.Count);
        Assert.Equal("登记行政复议", audit[0].Action);
        Assert.Equal("记录行政复议结果", audit[1].Action);
        Assert.Contains($"\"Result\":{(int)RemedyResult.Corrected}", audit[1].After ?? "", StringComparison.Ordinal);
        Assert.All(audit, e => Assert.Equal("songjiang.handler", e.Actor));
    }

    [Fact]
    public async Task Bad_input_gets_chinese_field_errors_and_stores_nothing()
    {
        var handler = await App.ApiClientAsync("songjiang.handler");
        var (_, otherCode) = await SubmitOnlineAsync("sanzhualun");
        var before = await App.WithDbAsync(db => db.RemedyCases.CountAsync(Ct));

        var empty = await handler.PostAsJsonAsync("/api/agencies/songjiang/remedies", new { }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains(await empty.FieldErrorsAsync("Kind"), m => m.Contains("请选择类型", StringComparison.Ordinal));
        Assert.Contains(await empty.FieldErrorsAsync("FiledOn"), m => m.Contains("请填写", StringComparison.Ordinal));

        var undefinedKind = await handler.PostAsJsonAsync("/api/agencies/songjiang/remedies", new { kind = 9, filedOn = Today }, Ct);
        Assert.Contains(await undefinedKind.FieldErrorsAsync("Kind"), m => m.Contains("请选择类型", StringComparison.Ordinal));

        var future = await handler.PostAsJsonAsync("/api/agencies/songjiang/remedies", new { kind = "Complaint", filedOn = Today.AddDays(2) }, Ct);
        Assert.Contains(await future.FieldErrorsAsync("FiledOn"), m => m.Contains("不能晚于今天", StringComparison.Ordinal));

        var ancient = await handler.PostAsJsonAsync("/api/agencies/songjiang/remedies", new { kind = "Complaint", filedOn = new DateOnly(2007, 12, 1) }, Ct);
        Assert.Contains(await ancient.FieldErrorsAsync("FiledOn"), m => m.Contains("2008年5月1日", StringComparison.Ordinal));

        var backwards = await handler.PostAsJsonAsync("/api/agencies/songjiang/remedies", new
        {
            kind = "LitigationDirect", filedOn = Today.AddDays(-10), result = "Maintained", decidedOn = Today.AddDays(-11),
        }, Ct);
        Assert.Contains(await backwards.FieldErrorsAsync("DecidedOn"), m => m.Contains("不能早于", StringComparison.Ordinal));

        var undated = await handler.PostAsJsonAsync("/api/agencies/songjiang/remedies", new { kind = "LitigationDirect", filedOn = Today, result = "Other" }, Ct);
        Assert.Contains(await undated.FieldErrorsAsync("DecidedOn"), m => m.Contains("请填写审结日期", StringComparison.Ordinal));

        var pendingWithDate = await handler.PostAsJsonAsync("/api/agencies/songjiang/remedies", new { kind = "Complaint", filedOn = Today, decidedOn = Today }, Ct);
        Assert.Contains(await pendingWithDate.FieldErrorsAsync("DecidedOn"), m => m.Contains("尚未审结", StringComparison.Ordinal));

        var foreign = await handler.PostAsJsonAsync("/api/agencies/songjiang/remedies", new { kind = "Reconsideration", filedOn = Today, requestCode = otherCode }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains(await foreign.FieldErrorsAsync("RequestCode"), m => m.Contains("找不到本机关的该申请", StringComparison.Ordinal));

        var tooLong = await handler.PostAsJsonAsync("/api/agencies/songjiang/remedies", new
        {
            kind = "Complaint", filedOn = Today, caseNumber = new string('号', 101), body = new string('院', 101), summary = new string('长', 2001),
        }, Ct);
        Assert.Contains(await tooLong.FieldErrorsAsync("CaseNumber"), m => m.Contains("不能超过100个字符", StringComparison.Ordinal));
        Assert.Contains(await tooLong.FieldErrorsAsync("Body"), m => m.Contains("不能超过100个字符", StringComparison.Ordinal));
        Assert.Contains(await tooLong.FieldErrorsAsync("Summary"), m => m.Contains("不能超过2000个字符", StringComparison.Ordinal));

        Assert.Equal(before, await App.WithDbAsync(db => db.RemedyCases.CountAsync(Ct)));

        // An update with a decision date before the filing date changes nothing.
        var id = await RegisterAsync(handler, new { kind = "Reconsideration", filedOn = Today.AddDays(-5) });
        var bad = await handler.PutAsJsonAsync($"/api/remedies/{id}", new { result = "Maintained", decidedOn = Today.AddDays(-6) }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains(await bad.FieldErrorsAsync("DecidedOn"), m => m.Contains("不能早于", StringComparison.Ordinal));
        var noResult = await handler.PutAsJsonAsync($"/api/remedies/{id}", new { decidedOn = Today }, Ct);
        Assert.Contains(await noResult.FieldErrorsAsync("Result"), m => m.Contains("请选择结果", StringComparison.Ordinal));
        var stored = await App.WithDbAsync(db => db.RemedyCases.AsNoTracking().SingleAsync(c => c.Id == id, Ct));
        Assert.Equal(RemedyResult.Pending, stored.Result);
        Assert.Null(stored.DecidedOn);
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "RemedyCase" && e.EntityId == id.ToString(), Ct)));
    }

    [Fact]
    public async Task Other_townships_get_404_or_403_and_the_county_supervisor_reads_but_cannot_write()
    {
        var handler = await App.ApiClientAsync("songjiang.handler");
        var id = await RegisterAsync(handler, new { kind = "LitigationAfterReconsideration", caseNumber = "（2026）示行初5号", body = "示范县人民法院", filedOn = Today.AddDays(-3) });
        var auditBefore = await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "RemedyCase", Ct));
        var update = new { result = "Maintained", decidedOn = Today };

        // sanzhualun.editor handles sanzhualun's requests, not songjiang's.
        var other = await App.ApiClientAsync("sanzhualun.editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/api/agencies/songjiang/remedies", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync("/api/agencies/songjiang/remedies", new { kind = "Complaint", filedOn = Today }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/remedies/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/remedies/{id}", update, Ct)).StatusCode);
        var otherList = await (await other.GetAsync("/api/agencies/sanzhualun/remedies", Ct)).JsonAsync();
        Assert.DoesNotContain(otherList.EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);

        // The same township's editor is no handler either.
        var editor = await App.ApiClientAsync("songjiang.editor");
        Assert.Equal(HttpStatusCode.NotFound, (await editor.PutAsJsonAsync($"/api/remedies/{id}", update, Ct)).StatusCode);

        var supervisor = await App.ApiClientAsync("county.supervisor");
        var list = await supervisor.GetAsync("/api/agencies/songjiang/remedies", Ct);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains((await list.JsonAsync()).EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/remedies/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PutAsJsonAsync($"/api/remedies/{id}", update, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsJsonAsync("/api/agencies/songjiang/remedies", new { kind = "Complaint", filedOn = Today }, Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await handler.GetAsync("/api/agencies/nowhere/remedies", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().GetAsync("/api/agencies/songjiang/remedies", Ct)).StatusCode);

        var stored = await App.WithDbAsync(db => db.RemedyCases.AsNoTracking().SingleAsync(c => c.Id == id, Ct));
        Assert.Equal(RemedyResult.Pending, stored.Result);
        Assert.Equal(auditBefore, await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "RemedyCase", Ct)));
    }
}

public sealed class RemedyApiTestsOnSqlite(SqliteApp app) : RemedyApiTests(app), IClassFixture<SqliteApp>;

public sealed class RemedyApiTestsOnPostgreSql(PostgresApp app) : RemedyApiTests(app), IClassFixture<PostgresApp>;
