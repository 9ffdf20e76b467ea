using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Gongkai.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests;

/// <summary>
/// Each statutory guard of the request aggregate through the JSON API: refused with a Chinese field message, and
/// nothing changed — not the request, not its events, not the audit log.
/// </summary>
public abstract class RequestGuardApiTests(AppFixture fixture)
{
    private GongkaiFactory App => fixture.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => BeijingClock.Today;

    /// <summary>The working day <paramref name="n"/> working days before today.</summary>
    private static DateOnly Back(int n) => WorkingDays.Before(Today, n);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<(HttpClient Handler, int Id)> RegisterAsync(DateOnly received, string subject)
    {
        var handler = await App.ApiClientAsync("songjiang.handler");
        var r = await handler.PostAsJsonAsync("/api/agencies/songjiang/requests",
            new { channel = "InPerson", receivedOn = Iso(received), applicant = CitizenRequest.Body(subject) }, Ct);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        return (handler, (await r.JsonAsync()).GetProperty("id").GetInt32());
    }

    private async Task<object> SnapshotAsync(int id) => await App.WithDbAsync(async db =>
    {
        var r = await db.Requests.AsNoTracking().Include(x => x.Events).SingleAsync(x => x.Id == id, Ct);
        var audit = await db.AuditEntries.CountAsync(e => e.EntityType == "InfoRequest" && e.EntityId == id.ToString(CultureInfo.InvariantCulture), Ct);
        return (object)(r.Status, r.Events.Count, r.DueOn, r.Outcome, r.AnsweredOn, r.Subject, r.ReceivedOn, audit);
    });

    private async Task StepOkAsync(HttpClient handler, int id, object step)
    {
        var r = await handler.PostAsJsonAsync($"/api/requests/{id}/steps", step, Ct);
        Assert.True(r.StatusCode == HttpStatusCode.OK, await r.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>Posts a step that must be refused (400) on <paramref name="field"/> saying <paramref name="says"/>, changing nothing.</summary>
    private async Task RefusedAsync(HttpClient handler, int id, object step, string field, string says)
    {
        var before = await SnapshotAsync(id);
        var r = await handler.PostAsJsonAsync($"/api/requests/{id}/steps", step, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains(await r.FieldErrorsAsync(field), m => m.Contains(says, StringComparison.Ordinal));
        Assert.Equal(before, await SnapshotAsync(id));
    }

    [Fact]
    public async Task Extension_after_the_due_date_is_refused_and_the_request_stays_overdue()
    {
        var (handler, id) = await RegisterAsync(Back(25), "逾期后延期的申请");
        await StepOkAsync(handler, id, new { action = "Accept", on = Iso(Back(25)) });
        await RefusedAsync(handler, id, new { action = "Extend", days = 20, note = "案情复杂", approvedBy = "办公室主任" }, "Action", "不能再延期");

        var queue = await (await handler.GetAsync("/api/agencies/songjiang/requests?open=true", Ct)).JsonAsync();
        var row = queue.EnumerateArray().Single(r => r.GetProperty("id").GetInt32() == id);
        Assert.Equal("Overdue", row.GetProperty("urgency").GetString());
    }

    [Fact]
    public async Task Correction_notice_after_seven_working_days_is_refused()
    {
        var (handler, id) = await RegisterAsync(Back(10), "迟到的补正告知");
        await RefusedAsync(handler, id, new { action = "RequestCorrection", note = "请写明道路名称" }, "Action", "7个工作日内");
    }

    [Fact]
    public async Task Correction_expiry_on_the_day_of_the_notice_is_refused()
    {
        var (handler, id) = await RegisterAsync(Back(2), "补正期限未满");
        await StepOkAsync(handler, id, new { action = "RequestCorrection", on = Iso(Back(1)), note = "请写明道路名称" });
        await RefusedAsync(handler, id, new { action = "CorrectionExpired" }, "On", "届满后才能记录");
    }

    [Fact]
    public async Task Fee_expiry_before_the_payment_period_has_run_out_is_refused()
    {
        var (handler, id) = await RegisterAsync(Back(3), "收费期限未满");
        await StepOkAsync(handler, id, new { action = "Accept", on = Iso(Back(3)) });
        await StepOkAsync(handler, id, new { action = "IssueFeeNotice", on = Iso(Back(1)), fee = 100 });
        await RefusedAsync(handler, id, new { action = "FeeExpired" }, "On", "缴费期限");
    }

    [Fact]
    public async Task Still_unclear_after_correction_is_refused_without_a_correction()
    {
        var (handler, id) = await RegisterAsync(Back(1), "没有补正过的申请");
        await RefusedAsync(handler, id,
            new { action = "Answer", outcome = "UnavailableStillUnclear", legalBasis = "条例第三十条", answerText = "申请内容仍不明确。" }, "Outcome", "补正");
    }

    [Fact]
    public async Task A_future_receipt_date_is_refused_on_the_online_channel_too_and_nothing_is_stored()
    {
        var handler = await App.ApiClientAsync("songjiang.handler");
        var before = await App.WithDbAsync(db => db.Requests.CountAsync(Ct));
        var r = await handler.PostAsJsonAsync("/api/agencies/songjiang/requests",
            new { channel = "Online", receivedOn = "2030-01-01", applicant = CitizenRequest.Body("未来收到的申请") }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains(await r.FieldErrorsAsync("ReceivedOn"), m => m.Contains("不能晚于今天", StringComparison.Ordinal));
        Assert.Equal(before, await App.WithDbAsync(db => db.Requests.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_wrongly_registered_request_is_voided_with_a_reason_kept_and_left_out_of_queue_and_report()
    {
        var (handler, id) = await RegisterAsync(Today, "重复录入的申请");
        await RefusedAsync(handler, id, new { action = "Void" }, "Note", "作废原因");
        await StepOkAsync(handler, id, new { action = "Void", note = "同一申请重复登记，保留第一条" });

        var stored = await App.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(r => r.Id == id, Ct));
        Assert.Equal(RequestStatus.Voided, stored.Status);
        var queue = await (await handler.GetAsync("/api/agencies/songjiang/requests", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain($"\"id\":{id},", queue);
        var audit = await App.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == "InfoRequest" && e.EntityId == id.ToString(CultureInfo.InvariantCulture)
            && e.Action == "作废（登记错误）", Ct));
        Assert.True(audit);

        await RefusedAsync(handler, id, new { action = "Answer", outcome = "Disclosed", legalBasis = "条例第三十六条", answerText = "予以公开。" }, "Action", "已作废");
        var (_, kept) = await RegisterAsync(Today, "保留的那一条申请");
        var cell = await handler.GetAsync($"/api/agencies/songjiang/reports/{Today.Year}/cells?table=t3&row=t3.received&column={Uri.EscapeDataString("总计")}", Ct);
        Assert.Equal(HttpStatusCode.OK, cell.StatusCode);
        var ids = (await cell.JsonAsync()).EnumerateArray().Select(c => c.GetProperty("id").GetInt32()).ToList();
        Assert.Contains(kept, ids);
        Assert.DoesNotContain(id, ids);
    }

    [Fact]
    public async Task Intake_fields_are_corrected_with_a_reason_and_the_audit_keeps_before_and_after()
    {
        var (handler, id) = await RegisterAsync(Back(1), "登记有误的主题");
        var fixedApplicant = CitizenRequest.Body("更正后的主题");
        var missingReason = await handler.PutAsJsonAsync($"/api/requests/{id}/intake", new { applicant = fixedApplicant }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, missingReason.StatusCode);
        Assert.Contains(await missingReason.FieldErrorsAsync("Reason"), m => m.Contains("更正原因", StringComparison.Ordinal));

        var ok = await handler.PutAsJsonAsync($"/api/requests/{id}/intake", new { applicant = fixedApplicant, reason = "主题抄录错误" }, Ct);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var entry = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "InfoRequest" && e.EntityId == id.ToString(CultureInfo.InvariantCulture)
            && e.Action == "更正登记信息").SingleAsync(Ct));
        Assert.Contains("登记有误的主题", entry.Before);
        Assert.Contains("更正后的主题", entry.After);

        // Once handling has begun, the receipt date (which starts the clock) is no longer correctable.
        await StepOkAsync(handler, id, new { action = "Accept" });
        var before = await SnapshotAsync(id);
        var moved = await handler.PutAsJsonAsync($"/api/requests/{id}/intake",
            new { receivedOn = Iso(Today), applicant = fixedApplicant, reason = "收到日期有误" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
        Assert.Contains(await moved.FieldErrorsAsync("ReceivedOn"), m => m.Contains("已开始办理", StringComparison.Ordinal));
        Assert.Equal(before, await SnapshotAsync(id));
    }
}

public sealed class RequestGuardApiTestsOnSqlite(SqliteApp app) : RequestGuardApiTests(app), IClassFixture<SqliteApp>;

public sealed class RequestGuardApiTestsOnPostgreSql(PostgresApp app) : RequestGuardApiTests(app), IClassFixture<PostgresApp>;
