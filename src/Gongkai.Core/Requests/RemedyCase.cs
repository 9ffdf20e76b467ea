namespace Gongkai.Core.Requests;

/// <summary>The remedies the annual report's table 四 counts, plus 举报投诉 (legacy table).</summary>
public enum RemedyKind
{
    /// <summary>行政复议</summary>
    Reconsideration = 1,

    /// <summary>行政诉讼：未经复议直接起诉</summary>
    LitigationDirect = 2,

    /// <summary>行政诉讼：复议后起诉</summary>
    LitigationAfterReconsideration = 3,

    /// <summary>举报投诉 (条例第四十七条、第五十一条)</summary>
    Complaint = 4,
}

/// <summary>Table 四's result columns.</summary>
public enum RemedyResult
{
    /// <summary>尚未审结</summary>
    Pending = 0,

    /// <summary>结果维持</summary>
    Maintained = 1,

    /// <summary>结果纠正</summary>
    Corrected = 2,

    /// <summary>其他结果</summary>
    Other = 3,
}

/// <summary>Registering a case: what the handler enters. The result defaults to 尚未审结.</summary>
public sealed record RemedyFiling(
    RemedyKind? Kind, string? CaseNumber, string? Body, DateOnly? FiledOn, RemedyResult? Result = null, DateOnly? DecidedOn = null, string? Summary = null);

/// <summary>Recording a case's result (or correcting its number, body and summary). Kind, filing date and request stay.</summary>
public sealed record RemedyRevision(string? CaseNumber, string? Body, RemedyResult? Result, DateOnly? DecidedOn, string? Summary);

/// <summary>The request a case concerns, as found by its tracking code in the case's own agency.</summary>
public sealed record RemedyRequestLink(int Id, DateOnly ReceivedOn);

/// <summary>A registration: the new case, or why there is none.</summary>
public sealed record RemedyRegistration(RemedyCase? Case, IReadOnlyList<Refusal> Refusals);

/// <summary>A 行政复议, 行政诉讼 or 投诉 case, linked to the request it concerns where there is one.</summary>
public sealed class RemedyCase : IAgencyOwned, IAudited
{
    public const int MaxCaseNumberLength = 100;
    public const int MaxBodyLength = 100;
    public const int MaxSummaryLength = 2000;

    /// <summary>《政府信息公开条例》(2007) took effect on 2008-05-01: no disclosure remedy can predate it.</summary>
    public static readonly DateOnly Earliest = new(2008, 5, 1);

    private const string ChooseResult = "请选择结果（结果维持、结果纠正、其他结果或尚未审结）。";

    public int Id { get; set; }

    public int AgencyId { get; set; }

    public int? RequestId { get; set; }

    public RemedyKind Kind { get; set; }

    /// <summary>案号 or the complaint's reference.</summary>
    public string? CaseNumber { get; set; }

    /// <summary>The 复议机关 or court (or where the complaint was lodged).</summary>
    public string? Body { get; set; }

    public DateOnly FiledOn { get; set; }

    public RemedyResult Result { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? Summary { get; set; }

    /// <summary>
    /// Registers a case of <paramref name="agencyId"/>: a kind, a filing date between 2008-05-01 and today and not before
    /// the request it concerns was received, and a result consistent with its decision date.
    /// </summary>
    public static RemedyRegistration Register(int agencyId, RemedyFiling filing, RemedyRequestLink? request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(filing);
        var refusals = new RefusalList();
        if (filing.Kind is null || !Enum.IsDefined(filing.Kind.Value))
        {
            refusals.Add("Kind", "请选择类型（行政复议、行政诉讼或举报投诉）。");
        }

        if (filing.FiledOn is not { } filed)
        {
            refusals.Add("FiledOn", "请填写申请复议、起诉或投诉的日期。");
        }
        else if (filed > today)
        {
            refusals.Add("FiledOn", "申请复议、起诉或投诉的日期不能晚于今天。");
        }
        else if (filed < Earliest)
        {
            refusals.Add("FiledOn", "申请复议、起诉或投诉的日期不能早于2008年5月1日（政府信息公开条例施行之日）。");
        }

        // A remedy against the handling of a request cannot be filed before the request existed.
        if (request is not null && filing.FiledOn is { } f && f < request.ReceivedOn)
        {
            refusals.Add("FiledOn", $"申请复议、起诉或投诉的日期不能早于所涉申请的收到日期（{RequestClock.Day(request.ReceivedOn)}）。");
        }

        var result = filing.Result ?? RemedyResult.Pending;
        CheckResult(refusals, result, filing.DecidedOn, filing.FiledOn, today);
        CheckTexts(refusals, filing.CaseNumber, filing.Body, filing.Summary);
        if (!refusals.IsEmpty)
        {
            return new RemedyRegistration(null, refusals);
        }

        return new RemedyRegistration(
            new RemedyCase
            {
                AgencyId = agencyId,
                RequestId = request?.Id,
                Kind = filing.Kind!.Value,
                CaseNumber = Clean(filing.CaseNumber),
                Body = Clean(filing.Body),
                FiledOn = filing.FiledOn!.Value,
                Result = result,
                DecidedOn = result == RemedyResult.Pending ? null : filing.DecidedOn,
                Summary = Clean(filing.Summary),
            },
            []);
    }

    /// <summary>登记行政复议 when registered; 记录行政复议结果 once a result is recorded, 修改行政复议 while it is pending.</summary>
    public string? AuditAction(AuditedChange change) => change switch
    {
        AuditedChange.Created => "登记" + Kind.Label(),
        AuditedChange.Modified => Result == RemedyResult.Pending ? "修改" + Kind.Label() : "记录" + Kind.Label() + "结果",
        _ => null,
    };

    /// <summary>Records the result (or corrects number, body and summary); refused, leaving the case unchanged, when the
    /// result and its decision date do not agree with each other, with today or with the filing date.</summary>
    public IReadOnlyList<Refusal> Revise(RemedyRevision revision, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(revision);
        var refusals = new RefusalList();
        if (revision.Result is not { } result)
        {
            refusals.Add("Result", ChooseResult);
        }
        else
        {
            CheckResult(refusals, result, revision.DecidedOn, FiledOn, today);
        }

        CheckTexts(refusals, revision.CaseNumber, revision.Body, revision.Summary);
        if (!refusals.IsEmpty)
        {
            return refusals;
        }

        CaseNumber = Clean(revision.CaseNumber);
        Body = Clean(revision.Body);
        Result = revision.Result!.Value;
        DecidedOn = Result == RemedyResult.Pending ? null : revision.DecidedOn;
        Summary = Clean(revision.Summary);
        return [];
    }

    // Table 四 counts a case under 结果维持/纠正/其他 only once it is decided, so a decided case needs its date, and a
    // pending one must not carry a date that would later be mistaken for a decision.
    private static void CheckResult(RefusalList refusals, RemedyResult result, DateOnly? decidedOn, DateOnly? filedOn, DateOnly today)
    {
        if (!Enum.IsDefined(result))
        {
            refusals.Add("Result", ChooseResult);
            return;
        }

        if (result == RemedyResult.Pending)
        {
            if (decidedOn is not null)
            {
                refusals.Add("DecidedOn", "尚未审结的案件不应填写审结日期；已审结的请选择结果。");
            }

            return;
        }

        if (decidedOn is not { } decided)
        {
            refusals.Add("DecidedOn", $"结果为“{result.Label()}”时请填写审结日期（复议决定、判决或处理结果作出之日）。");
        }
        else if (decided > today)
        {
            refusals.Add("DecidedOn", "审结日期不能晚于今天。");
        }
        else if (filedOn is { } filed && decided < filed)
        {
            refusals.Add("DecidedOn", $"审结日期不能早于申请复议、起诉或投诉的日期（{RequestClock.Day(filed)}）。");
        }
    }

    private static void CheckTexts(RefusalList refusals, string? caseNumber, string? body, string? summary) =>
        refusals.Text("CaseNumber", "案号", caseNumber, MaxCaseNumberLength, required: false)
            .Text("Body", "复议机关、法院或受理投诉的机关", body, MaxBodyLength, required: false)
            .Text("Summary", "案情和结果摘要", summary, MaxSummaryLength, required: false);

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public static class RemedyLabels
{
    public static string Label(this RemedyKind k) => k switch
    {
        RemedyKind.Reconsideration => "行政复议",
        RemedyKind.LitigationDirect => "行政诉讼（未经复议直接起诉）",
        RemedyKind.LitigationAfterReconsideration => "行政诉讼（复议后起诉）",
        RemedyKind.Complaint => "举报投诉",
        _ => k.ToString(),
    };

    public static string Label(this RemedyResult r) => r switch
    {
        RemedyResult.Pending => "尚未审结",
        RemedyResult.Maintained => "结果维持",
        RemedyResult.Corrected => "结果纠正",
        RemedyResult.Other => "其他结果",
        _ => r.ToString(),
    };
}
