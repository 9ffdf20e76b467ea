namespace Gongkai.Core.Requests;

/// <summary>Where a request is in its life. Kept separate from its outcome (DESIGN.md §7).</summary>
public enum RequestStatus
{
    Received = 1,
    InProgress = 2,
    AwaitingCorrection = 3,
    Consulting = 4,
    AwaitingFee = 5,
    Answered = 6,
    Delivered = 7,
    Closed = 8,
    Withdrawn = 9,

    /// <summary>作废: registered by mistake (a duplicate entry, the wrong agency); kept and audited, never counted.</summary>
    Voided = 10,
}

/// <summary>What a handler (or the applicant, or time) does to a request. Each becomes an append-only event.</summary>
public enum RequestAction
{
    /// <summary>Intake: the first event of every request, never a transition.</summary>
    Submit = 0,
    Accept = 1,
    RequestCorrection = 2,
    ReceiveCorrection = 3,
    CorrectionExpired = 4,
    StartConsultation = 5,
    EndConsultation = 6,
    Extend = 7,
    IssueFeeNotice = 8,
    FeePaid = 9,
    FeeExpired = 10,
    Answer = 11,
    Deliver = 12,
    Close = 13,
    Withdraw = 14,

    /// <summary>Voiding a wrongly registered request, with the reason (staff only; the record is kept).</summary>
    Void = 15,

    /// <summary>Correcting a registration mistake in the intake fields, with the reason; not a step of the procedure.</summary>
    CorrectIntake = 16,
}

/// <summary>The request state machine (条例第三十条 to 第四十二条). Pure: no clock, no storage.</summary>
public static class RequestLifecycle
{
    private static readonly Dictionary<(RequestStatus, RequestAction), RequestStatus> Moves = new()
    {
        [(RequestStatus.Received, RequestAction.Accept)] = RequestStatus.InProgress,

        // 第三十条: one 补正 notice; the clock restarts when the corrected request arrives; silence = abandoned.
        [(RequestStatus.Received, RequestAction.RequestCorrection)] = RequestStatus.AwaitingCorrection,
        [(RequestStatus.InProgress, RequestAction.RequestCorrection)] = RequestStatus.AwaitingCorrection,
        [(RequestStatus.AwaitingCorrection, RequestAction.ReceiveCorrection)] = RequestStatus.InProgress,
        [(RequestStatus.AwaitingCorrection, RequestAction.CorrectionExpired)] = RequestStatus.Closed,

        // 第三十二条: consulting a third party (or another agency) pauses the clock.
        [(RequestStatus.InProgress, RequestAction.StartConsultation)] = RequestStatus.Consulting,
        [(RequestStatus.Consulting, RequestAction.EndConsultation)] = RequestStatus.InProgress,

        // 第三十三条: one extension with the office head's approval; the status does not change.
        [(RequestStatus.InProgress, RequestAction.Extend)] = RequestStatus.InProgress,
        [(RequestStatus.Consulting, RequestAction.Extend)] = RequestStatus.Consulting,

        // 第四十二条: the time from fee notice to payment does not count; unpaid = the request ends.
        [(RequestStatus.InProgress, RequestAction.IssueFeeNotice)] = RequestStatus.AwaitingFee,
        [(RequestStatus.AwaitingFee, RequestAction.FeePaid)] = RequestStatus.InProgress,
        [(RequestStatus.AwaitingFee, RequestAction.FeeExpired)] = RequestStatus.Closed,

        // 第三十六条: the answer, then delivery (送达), then closing the file.
        [(RequestStatus.Received, RequestAction.Answer)] = RequestStatus.Answered,
        [(RequestStatus.InProgress, RequestAction.Answer)] = RequestStatus.Answered,
        [(RequestStatus.Answered, RequestAction.Deliver)] = RequestStatus.Delivered,
        [(RequestStatus.Delivered, RequestAction.Close)] = RequestStatus.Closed,
    };

    /// <summary>The statuses in which the statutory clock is stopped.</summary>
    public static bool IsPaused(RequestStatus s) => s is RequestStatus.AwaitingCorrection or RequestStatus.Consulting or RequestStatus.AwaitingFee;

    /// <summary>The statuses of a request still owed an answer (for database queries: <c>OpenStatuses.Contains(r.Status)</c>).</summary>
    public static readonly RequestStatus[] OpenStatuses =
        [RequestStatus.Received, RequestStatus.InProgress, RequestStatus.AwaitingCorrection, RequestStatus.Consulting, RequestStatus.AwaitingFee];

    /// <summary>Still owed an answer (counts as 结转下年度 at a year end).</summary>
    public static bool IsOpen(RequestStatus s) => Array.IndexOf(OpenStatuses, s) >= 0;

    public static bool TryApply(RequestStatus from, RequestAction action, out RequestStatus to, out string? error)
    {
        if (action is RequestAction.Withdraw or RequestAction.Void)
        {
            // The applicant may withdraw while no answer has been given; a registration mistake is voided before it
            // is answered (after an answer, voiding would erase a counted, possibly late, answer).
            to = IsOpen(from) ? (action == RequestAction.Withdraw ? RequestStatus.Withdrawn : RequestStatus.Voided) : from;
            error = IsOpen(from) ? null : $"申请已{from.Label()}，不能{action.Label()}。";
            return error is null;
        }

        if (Moves.TryGetValue((from, action), out to))
        {
            error = null;
            return true;
        }

        to = from;
        error = $"申请当前状态为“{from.Label()}”，不能执行“{action.Label()}”。";
        return false;
    }

    public static IEnumerable<RequestAction> AllowedFrom(RequestStatus from) =>
        Enum.GetValues<RequestAction>().Where(a => TryApply(from, a, out _, out _));

    public static string Label(this RequestStatus s) => s switch
    {
        RequestStatus.Received => "已登记",
        RequestStatus.InProgress => "办理中",
        RequestStatus.AwaitingCorrection => "待补正",
        RequestStatus.Consulting => "征求意见中",
        RequestStatus.AwaitingFee => "待缴费",
        RequestStatus.Answered => "已答复",
        RequestStatus.Delivered => "已送达",
        RequestStatus.Closed => "已办结",
        RequestStatus.Withdrawn => "已撤回",
        RequestStatus.Voided => "已作废",
        _ => s.ToString(),
    };

    public static string Label(this RequestAction a) => a switch
    {
        RequestAction.Submit => "收到申请",
        RequestAction.Accept => "受理",
        RequestAction.RequestCorrection => "告知补正",
        RequestAction.ReceiveCorrection => "收到补正",
        RequestAction.CorrectionExpired => "逾期未补正",
        RequestAction.StartConsultation => "征求第三方意见",
        RequestAction.EndConsultation => "征求意见结束",
        RequestAction.Extend => "延期答复",
        RequestAction.IssueFeeNotice => "发出收费通知",
        RequestAction.FeePaid => "已缴费",
        RequestAction.FeeExpired => "逾期未缴费",
        RequestAction.Answer => "答复",
        RequestAction.Deliver => "送达",
        RequestAction.Close => "办结",
        RequestAction.Withdraw => "撤回申请",
        RequestAction.Void => "作废（登记错误）",
        RequestAction.CorrectIntake => "更正登记信息",
        _ => a.ToString(),
    };
}
