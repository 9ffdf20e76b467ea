using Gongkai.Core.Calendar;
using Gongkai.Core.Agencies;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Requests;

public sealed record RequestStep(
    RequestAction Action,
    DateOnly? On,
    string? Note,
    int? Days = null,
    RequestOutcome? Outcome = null,
    string? LegalBasis = null,
    string? AnswerText = null,
    string? DeliveryProof = null,
    string? RedirectedTo = null,
    decimal? Fee = null,
    string? ApprovedBy = null);

/// <summary>
/// Moves a request through its lifecycle. Every step is role-checked (依申请经办人 of the request's agency), validated,
/// appended as an event, and the deadline is recomputed from all events, in one audited save.
/// </summary>
public sealed class RequestWorkflow(GongkaiDbContext db, StaffContext me, RequestClockService clocks, TimeProvider clock)
{
    public async Task<InfoRequest?> LoadAsync(int id, CancellationToken ct) =>
        await db.Requests.Include(r => r.Events.OrderBy(e => e.Id)).FirstOrDefaultAsync(r => r.Id == id, ct);

    public async Task<Outcome<InfoRequest>> ApplyAsync(int id, RequestStep step, CancellationToken ct = default)
    {
        var request = await LoadAsync(id, ct);
        if (request is null || !await me.CanReadRequestsAsync(request.AgencyId, ct))
        {
            return Outcome<InfoRequest>.Missing;
        }

        if (!await me.HasRoleAsync(request.AgencyId, StaffRole.RequestHandler, ct))
        {
            return Outcome<InfoRequest>.Denied;
        }

        var v = new Validation();
        var today = Gongkai.Core.Calendar.ChinaTime.Today(clock);
        var on = step.On ?? today;
        if (on > today)
        {
            v.Add("On", "日期不能晚于今天。");
        }
        else if (on < request.ReceivedOn)
        {
            v.Add("On", $"日期不能早于收到申请之日（{RequestClock.Day(request.ReceivedOn)}）。");
        }
        else if (request.Events.Count > 0 && on < request.Events.Max(e => e.On))
        {
            v.Add("On", $"日期不能早于上一步办理日期（{RequestClock.Day(request.Events.Max(e => e.On))}）。");
        }

        v.Text("Note", "说明", step.Note, 2000, required: step.Action is RequestAction.RequestCorrection or RequestAction.Extend or RequestAction.StartConsultation);
        var rule = DeadlineRules.ForReceipt(request.ReceivedOn);
        switch (step.Action)
        {
            case RequestAction.RequestCorrection when request.Events.Any(e => e.Action == RequestAction.RequestCorrection):
                v.Add("Action", "补正只能一次性告知（条例第三十条），本申请已告知过补正。");
                break;
            case RequestAction.Extend:
                if (request.Events.Any(e => e.Action == RequestAction.Extend))
                {
                    v.Add("Action", "答复期限只能延长一次。");
                }

                var max = DeadlineRules.MaxExtensionDays(rule);
                if (step.Days is null || step.Days < 1 || step.Days > max)
                {
                    v.Add("Days", $"延长的期限应为1到{max}个工作日（{(rule == DeadlineRule.Rule2008 ? "2008年条例第二十四条" : "条例第三十三条")}）。");
                }

                v.Text("ApprovedBy", "批准延期的负责人", step.ApprovedBy, 50);
                break;
            case RequestAction.Answer:
                if (step.Outcome is null || !Enum.IsDefined(step.Outcome.Value) || step.Outcome.Value.Group() == 6)
                {
                    v.Add("Outcome", "请选择答复类型（予以公开、部分公开、不予公开、无法提供或不予处理）。");
                }

                v.Text("LegalBasis", "法律依据", step.LegalBasis, 500).Text("AnswerText", "答复内容", step.AnswerText, 8000);
                v.Text("RedirectedTo", "掌握该信息的机关", step.RedirectedTo, 100, required: false);
                break;
            case RequestAction.Deliver:
                v.Text("DeliveryProof", "送达凭证（送达回证编号、EMS单号或邮件发送记录）", step.DeliveryProof, 100);
                break;
            case RequestAction.IssueFeeNotice when step.Fee is null or <= 0 or > 1_000_000:
                v.Add("Fee", "请填写应缴费用金额（元）。");
                break;
        }

        if (!v.IsValid)
        {
            return Outcome<InfoRequest>.Fail(v);
        }

        if (!RequestLifecycle.TryApply(request.Status, step.Action, out var next, out var error))
        {
            return Outcome<InfoRequest>.Fail(v.Add("Action", error!));
        }

        request.Status = next;
        var s = await me.GetAsync(ct);
        var note = RequestInput.Clean(step.Note);
        switch (step.Action)
        {
            case RequestAction.Extend:
                note = $"{note}（批准人：{RequestInput.Clean(step.ApprovedBy)}）";
                break;
            case RequestAction.Answer:
                request.Outcome = step.Outcome;
                request.LegalBasis = RequestInput.Clean(step.LegalBasis);
                request.AnswerText = RequestInput.Clean(step.AnswerText);
                request.RedirectedTo = RequestInput.Clean(step.RedirectedTo);
                request.AnsweredOn = on;
                note ??= step.Outcome!.Value.Label();
                break;
            case RequestAction.CorrectionExpired:
                request.Outcome = RequestOutcome.OtherNoCorrection;
                request.AnsweredOn = on;
                break;
            case RequestAction.FeeExpired:
                request.Outcome = RequestOutcome.OtherFeeUnpaid;
                request.AnsweredOn = on;
                break;
            case RequestAction.IssueFeeNotice:
                request.FeeAmount = step.Fee!.Value;
                note = $"{note}（应缴{step.Fee:0.##}元）";
                break;
            case RequestAction.Deliver:
                request.DeliveredOn = on;
                request.DeliveryProof = RequestInput.Clean(step.DeliveryProof);
                break;
        }

        request.Events.Add(new RequestEvent
        {
            Action = step.Action,
            On = on,
            RecordedAt = clock.GetUtcNow(),
            Actor = s?.UserName ?? "system",
            Note = note,
            Number = step.Action == RequestAction.Extend ? step.Days : null,
        });
        var deadline = await clocks.ComputeAsync(request, ct);
        request.DueOn = RequestLifecycle.IsOpen(request.Status) ? deadline.DueOn : request.DueOn;
        request.DueVerified = deadline.Verified;
        db.PendingAction = step.Action.Label();
        await db.SaveChangesAsync(ct);
        return Outcome<InfoRequest>.Ok(request);
    }
}
