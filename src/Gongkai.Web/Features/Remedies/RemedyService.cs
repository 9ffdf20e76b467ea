using Gongkai.Core.Requests;
using Gongkai.Data;
using Gongkai.Web.Features.Requests;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Remedies;

/// <summary>Registering a 行政复议, 行政诉讼 or 举报投诉 case. Result defaults to 尚未审结.</summary>
public sealed record RemedyInput(
    RemedyKind? Kind, string? CaseNumber, string? Body, DateOnly? FiledOn, string? RequestCode,
    RemedyResult? Result = null, DateOnly? DecidedOn = null, string? Summary = null);

/// <summary>Recording a case's result (or correcting its number and body). The kind, filing date and linked request stay.</summary>
public sealed record RemedyUpdate(string? CaseNumber, string? Body, RemedyResult? Result, DateOnly? DecidedOn, string? Summary);

public sealed record RemedyRow(
    int Id, string AgencyCode, string Agency, RemedyKind Kind, string KindLabel, string? CaseNumber, string? Body, DateOnly FiledOn,
    RemedyResult Result, string ResultLabel, DateOnly? DecidedOn, string? Summary, int? RequestId, string? RequestCode);

/// <summary>
/// The cases table 四 of the annual report counts (and the legacy 举报投诉 row). Who may see and record them follows the
/// requests they concern: the agency's 依申请经办人 write; supervisors above it and platform admins read.
/// </summary>
public sealed class RemedyService(GongkaiDbContext db, StaffContext me, TimeProvider clock)
{
    // 《政府信息公开条例》(2007) took effect on 2008-05-01: no disclosure remedy can predate it.
    public static readonly DateOnly Earliest = new(2008, 5, 1);

    public async Task<Outcome<IReadOnlyList<RemedyRow>>> ListAsync(string agencyCode, CancellationToken ct)
    {
        var agencyId = await db.Agencies.Where(a => a.Code == agencyCode).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        if (agencyId is null)
        {
            return Outcome<IReadOnlyList<RemedyRow>>.Missing;
        }

        return await me.CanReadRequestsAsync(agencyId.Value, ct)
            ? Outcome<IReadOnlyList<RemedyRow>>.Ok(await RowsAsync(db.RemedyCases.Where(c => c.AgencyId == agencyId.Value), ct))
            : Outcome<IReadOnlyList<RemedyRow>>.Denied;
    }

    /// <summary>One case, or null when it does not exist or the caller may not read it (the two are not told apart).</summary>
    public async Task<RemedyRow?> GetAsync(int id, CancellationToken ct)
    {
        var agencyId = await db.RemedyCases.Where(c => c.Id == id).Select(c => (int?)c.AgencyId).FirstOrDefaultAsync(ct);
        if (agencyId is null || !await me.CanReadRequestsAsync(agencyId.Value, ct))
        {
            return null;
        }

        return (await RowsAsync(db.RemedyCases.Where(c => c.Id == id), ct)).SingleOrDefault();
    }

    /// <summary>Whether the caller may record results for this case (its agency's 依申请经办人).</summary>
    public async Task<bool> CanWriteAsync(int id, CancellationToken ct)
    {
        var agencyId = await db.RemedyCases.Where(c => c.Id == id).Select(c => (int?)c.AgencyId).FirstOrDefaultAsync(ct);
        return agencyId is not null && await me.CanHandleRequestsAsync(agencyId.Value, ct);
    }

    public async Task<Outcome<RemedyRow>> CreateAsync(string agencyCode, RemedyInput input, CancellationToken ct)
    {
        var agencyId = await db.Agencies.Where(a => a.Code == agencyCode).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        if (agencyId is null)
        {
            return Outcome<RemedyRow>.Missing;
        }

        if (!await me.CanHandleRequestsAsync(agencyId.Value, ct))
        {
            return Outcome<RemedyRow>.Denied;
        }

        var v = new Validation();
        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value))
        {
            v.Add("Kind", "请选择类型（行政复议、行政诉讼或举报投诉）。");
        }

        var today = Gongkai.Core.Calendar.ChinaTime.Today(clock);
        if (input.FiledOn is not { } filed)
        {
            v.Add("FiledOn", "请填写申请复议、起诉或投诉的日期。");
        }
        else if (filed > today)
        {
            v.Add("FiledOn", "申请复议、起诉或投诉的日期不能晚于今天。");
        }
        else if (filed < Earliest)
        {
            v.Add("FiledOn", "申请复议、起诉或投诉的日期不能早于2008年5月1日（政府信息公开条例施行之日）。");
        }

        int? requestId = null;
        if (!string.IsNullOrWhiteSpace(input.RequestCode))
        {
            var code = input.RequestCode.Trim().ToUpperInvariant();
            // Only this agency's own requests: another agency's tracking code is not even confirmed to exist.
            var request = code.Length > 20
                ? null
                : await db.Requests.Where(r => r.TrackingCode == code && r.AgencyId == agencyId.Value)
                    .Select(r => new { r.Id, r.ReceivedOn }).FirstOrDefaultAsync(ct);
            if (request is null)
            {
                v.Add("RequestCode", "找不到本机关的该申请，请核对查询码。");
            }
            else
            {
                requestId = request.Id;
                if (input.FiledOn is { } f && f < request.ReceivedOn)
                {
                    v.Add("FiledOn", $"申请复议、起诉或投诉的日期不能早于所涉申请的收到日期（{RequestClock.Day(request.ReceivedOn)}）。");
                }
            }
        }

        var result = input.Result ?? RemedyResult.Pending;
        CheckResult(v, result, input.DecidedOn, input.FiledOn, today);
        CheckTexts(v, input.CaseNumber, input.Body, input.Summary);
        if (!v.IsValid)
        {
            return Outcome<RemedyRow>.Fail(v);
        }

        var c = new RemedyCase
        {
            AgencyId = agencyId.Value,
            RequestId = requestId,
            Kind = input.Kind!.Value,
            CaseNumber = Clean(input.CaseNumber),
            Body = Clean(input.Body),
            FiledOn = input.FiledOn!.Value,
            Result = result,
            DecidedOn = result == RemedyResult.Pending ? null : input.DecidedOn,
            Summary = Clean(input.Summary),
        };
        db.RemedyCases.Add(c);
        db.PendingAction = "登记" + c.Kind.Label();
        await db.SaveChangesAsync(ct);
        return Outcome<RemedyRow>.Ok((await RowsAsync(db.RemedyCases.Where(x => x.Id == c.Id), ct)).Single());
    }

    public async Task<Outcome<RemedyRow>> UpdateAsync(int id, RemedyUpdate input, CancellationToken ct)
    {
        var c = await db.RemedyCases.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || !await me.CanReadRequestsAsync(c.AgencyId, ct))
        {
            return Outcome<RemedyRow>.Missing;
        }

        if (!await me.CanHandleRequestsAsync(c.AgencyId, ct))
        {
            return Outcome<RemedyRow>.Denied;
        }

        var v = new Validation();
        if (input.Result is null || !Enum.IsDefined(input.Result.Value))
        {
            v.Add("Result", "请选择结果（结果维持、结果纠正、其他结果或尚未审结）。");
        }
        else
        {
            CheckResult(v, input.Result.Value, input.DecidedOn, c.FiledOn, Gongkai.Core.Calendar.ChinaTime.Today(clock));
        }

        CheckTexts(v, input.CaseNumber, input.Body, input.Summary);
        if (!v.IsValid)
        {
            return Outcome<RemedyRow>.Fail(v);
        }

        c.CaseNumber = Clean(input.CaseNumber);
        c.Body = Clean(input.Body);
        c.Result = input.Result!.Value;
        c.DecidedOn = c.Result == RemedyResult.Pending ? null : input.DecidedOn;
        c.Summary = Clean(input.Summary);
        db.PendingAction = c.Result == RemedyResult.Pending ? "修改" + c.Kind.Label() : "记录" + c.Kind.Label() + "结果";
        await db.SaveChangesAsync(ct);
        return Outcome<RemedyRow>.Ok((await RowsAsync(db.RemedyCases.Where(x => x.Id == c.Id), ct)).Single());
    }

    // Table 四 counts a case under 结果维持/纠正/其他 only once it is decided, so a decided case needs its date, and a
    // pending one must not carry a date that would later be mistaken for a decision.
    private static void CheckResult(Validation v, RemedyResult result, DateOnly? decidedOn, DateOnly? filedOn, DateOnly today)
    {
        if (!Enum.IsDefined(result))
        {
            v.Add("Result", "请选择结果（结果维持、结果纠正、其他结果或尚未审结）。");
            return;
        }

        if (result == RemedyResult.Pending)
        {
            if (decidedOn is not null)
            {
                v.Add("DecidedOn", "尚未审结的案件不应填写审结日期；已审结的请选择结果。");
            }

            return;
        }

        if (decidedOn is not { } decided)
        {
            v.Add("DecidedOn", $"结果为“{result.Label()}”时请填写审结日期（复议决定、判决或处理结果作出之日）。");
        }
        else if (decided > today)
        {
            v.Add("DecidedOn", "审结日期不能晚于今天。");
        }
        else if (filedOn is { } filed && decided < filed)
        {
            v.Add("DecidedOn", $"审结日期不能早于申请复议、起诉或投诉的日期（{RequestClock.Day(filed)}）。");
        }
    }

    private static void CheckTexts(Validation v, string? caseNumber, string? body, string? summary) =>
        v.Text("CaseNumber", "案号", caseNumber, 100, required: false)
            .Text("Body", "复议机关、法院或受理投诉的机关", body, 100, required: false)
            .Text("Summary", "案情和结果摘要", summary, 2000, required: false);

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private async Task<IReadOnlyList<RemedyRow>> RowsAsync(IQueryable<RemedyCase> cases, CancellationToken ct)
    {
        var rows = await (
                from c in cases.AsNoTracking()
                join a in db.Agencies on c.AgencyId equals a.Id
                join r in db.Requests on c.RequestId equals (int?)r.Id into linked
                from r in linked.DefaultIfEmpty()
                orderby c.FiledOn descending, c.Id descending
                select new { c, AgencyCode = a.Code, Agency = a.Name, RequestCode = r == null ? null : r.TrackingCode })
            .ToListAsync(ct);
        return rows.Select(x => new RemedyRow(
                x.c.Id, x.AgencyCode, x.Agency, x.c.Kind, x.c.Kind.Label(), x.c.CaseNumber, x.c.Body, x.c.FiledOn, x.c.Result, x.c.Result.Label(),
                x.c.DecidedOn, x.c.Summary, x.c.RequestId, x.RequestCode))
            .ToList();
    }
}
