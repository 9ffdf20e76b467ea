namespace Gongkai.Core.Requests;

/// <summary>
/// The request aggregate's transitions. <see cref="Apply"/> is the only way a request moves: it refuses what the
/// 条例 forbids (with the article, in Chinese) and then leaves the request exactly as it was.
/// </summary>
public sealed partial class InfoRequest
{
    /// <summary>条例第三十条 leaves the 补正 period to the agency; the notice states it. This is the default.</summary>
    public const int DefaultCorrectionPeriodDays = 15;

    /// <summary>国办函〔2020〕109号《政府信息公开信息处理费管理办法》: the applicant pays within 20 working days of the fee notice.</summary>
    public const int FeePaymentDays = 20;

    public const int MaxNoteLength = 2000;

    // The name of the last step applied since the request was last saved: the verb of its audit row. Not stored.
    private string? unsavedStep;

    /// <summary>Still owed an answer (counted as 结转 at a year end, shown in queues).</summary>
    public bool IsOpen => RequestLifecycle.IsOpen(Status);

    /// <summary>
    /// Lateness is a fact of the record: decided (answered, or ended for 逾期不补正 / 逾期未缴费) after the due date the
    /// clock gave while the request was open. The due date is frozen once the request is decided, so nothing later
    /// makes a late answer timely.
    /// </summary>
    public bool DecidedLate => IsLate(AnsweredOn, DueOn);

    /// <summary>The one lateness rule, for projections that read the two dates without loading the request.</summary>
    public static bool IsLate(DateOnly? decidedOn, DateOnly? dueOn) => decidedOn is { } decided && dueOn is { } due && decided > due;

    /// <summary>Overdue from the day after the due date (DESIGN.md §7), while still open and the clock running.</summary>
    public bool IsOverdueOn(DateOnly today) => IsOpen && DueOn is { } due && today > due;

    /// <summary>The deadline derived from the events (never from a stored due date).</summary>
    public RequestDeadline Deadline(WorkingDayCalendar calendar) =>
        RequestClock.Compute(calendar, ReceivedOn,
            Events.OrderBy(e => e.On).ThenBy(e => e.Id == 0 ? long.MaxValue : e.Id).Select(e => (e.Action, e.On, e.Number)));

    /// <summary>
    /// A platform admin corrected <paramref name="year"/>'s holidays (DESIGN.md §7): the due date follows the corrected
    /// calendar, and the change is audited under the correction's name.
    /// </summary>
    public void FollowCorrectedYear(WorkingDayCalendar calendar, int year)
    {
        RecomputeDue(calendar);
        unsavedStep = $"更正{year}年节假日安排";
    }

    /// <summary>
    /// The audit verb of the change being saved: a new row is a request received (whatever steps the importer or the demo
    /// applied before its first save); otherwise the last step applied, such as “告知补正” or “作废（登记错误）”.
    /// </summary>
    public string? AuditAction(AuditedChange change) => change == AuditedChange.Created ? RequestAction.Submit.Label() : unsavedStep;

    /// <summary>The step is saved and audited: a later save of this instance is not named after it.</summary>
    public void Audited() => unsavedStep = null;

    /// <summary>Refreshes <see cref="DueOn"/> from the events; a decided request keeps the due date it had while open.</summary>
    public void RecomputeDue(WorkingDayCalendar calendar)
    {
        var deadline = Deadline(calendar);
        if (IsOpen)
        {
            DueOn = deadline.DueOn;
        }

        DueVerified = deadline.Verified;
    }

    /// <summary>条例第三十一条: a receipt date is a day that has happened (Beijing date), on every channel.</summary>
    public static Refusal? CheckReceipt(DateOnly receivedOn, DateOnly today) =>
        receivedOn > today ? new Refusal(nameof(ReceivedOn), $"收到申请之日（{RequestClock.Day(receivedOn)}）不能晚于今天（{RequestClock.Day(today)}）。") : null;

    /// <summary>A new request from its intake fields; <see cref="Open"/> then gives it its first event and deadline.</summary>
    public static InfoRequest Create(int agencyId, string trackingCode, string queryKeyHash, DateTimeOffset submittedAt, IntakeFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var r = new InfoRequest
        {
            AgencyId = agencyId,
            TrackingCode = trackingCode,
            QueryKeyHash = queryKeyHash,
            SubmittedAt = submittedAt,
            ApplicantName = fields.ApplicantName,
            Subject = fields.Subject,
            Description = fields.Description,
        };
        r.SetIntake(fields);
        return r;
    }

    private void SetIntake(IntakeFields fields)
    {
        (Channel, ReceivedOn, ApplicantType, ApplicantName) = (fields.Channel, fields.ReceivedOn, fields.ApplicantType, fields.ApplicantName);
        (IdDocumentType, IdDocumentNumber, OrganizationCode, ContactPerson) = (fields.IdDocumentType, fields.IdDocumentNumber, fields.OrganizationCode, fields.ContactPerson);
        (Phone, Email, Address) = (fields.Phone, fields.Email, fields.Address);
        (Subject, Description, Purpose, Delivery) = (fields.Subject, fields.Description, fields.Purpose, fields.Delivery);
    }

    /// <summary>Opens a request with its first event (收到申请) and its deadline, or refuses a receipt date in the future.</summary>
    public IReadOnlyList<Refusal> Open(string by, string note, StepContext context)
    {
        if (CheckReceipt(ReceivedOn, context.Today) is { } refusal)
        {
            return [refusal];
        }

        Status = RequestStatus.Received;
        Events.Add(new RequestEvent { Action = RequestAction.Submit, On = ReceivedOn, RecordedAt = context.Now, Actor = by, Note = note });
        RecomputeDue(context.Calendar);
        unsavedStep = RequestAction.Submit.Label();
        return [];
    }

    /// <summary>Applies one step of the procedure, or returns why the law refuses it (the request is then unchanged).</summary>
    public IReadOnlyList<Refusal> Apply(RequestStep step, string by, StepContext context)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(context);
        var on = step.On ?? context.Today;
        var refusals = Check(step, on, context);
        if (!refusals.IsEmpty)
        {
            return refusals;
        }

        RequestLifecycle.TryApply(Status, step.Action, out var next, out _);
        Status = next;
        var note = Clean(step.Note);
        int? number = null;
        switch (step.Action)
        {
            case RequestAction.RequestCorrection:
                // The note is the 补正事项 the notice quotes; the period it states is kept beside it.
                number = step.Days ?? DefaultCorrectionPeriodDays;
                break;
            case RequestAction.Extend:
                number = step.Days;
                note = $"{note}（批准人：{Clean(step.ApprovedBy)}）";
                break;
            case RequestAction.Answer:
                Outcome = step.Outcome;
                LegalBasis = Clean(step.LegalBasis);
                AnswerText = Clean(step.AnswerText);
                RedirectedTo = Clean(step.RedirectedTo);
                AnsweredOn = on;
                note ??= step.Outcome!.Value.Label();
                break;
            case RequestAction.CorrectionExpired:
                Outcome = RequestOutcome.OtherNoCorrection;
                AnsweredOn = on;
                break;
            case RequestAction.FeeExpired:
                Outcome = RequestOutcome.OtherFeeUnpaid;
                AnsweredOn = on;
                break;
            case RequestAction.IssueFeeNotice:
                FeeAmount = step.Fee!.Value;
                note = $"{note}（应缴{step.Fee:0.##}元）";
                break;
            case RequestAction.Deliver:
                DeliveredOn = on;
                DeliveryProof = Clean(step.DeliveryProof);
                break;
        }

        Events.Add(new RequestEvent { Action = step.Action, On = on, RecordedAt = context.Now, Actor = by, Note = note, Number = number });
        RecomputeDue(context.Calendar);
        unsavedStep = step.Action.Label();
        return [];
    }

    /// <summary>
    /// Corrects a registration mistake, with the reason (kept as an event; the audit log holds before and after).
    /// The receipt date may only change before any step of the procedure: afterwards it would move a running clock.
    /// </summary>
    public IReadOnlyList<Refusal> CorrectIntake(IntakeFields fields, string reason, string by, StepContext context)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(context);
        var refusals = new RefusalList().Text("Reason", "更正原因", reason, MaxNoteLength);
        if (!IsOpen)
        {
            refusals.Add("Action", $"申请已{Status.Label()}，不能更正登记信息。");
        }

        if (fields.ReceivedOn != ReceivedOn || fields.Channel != Channel)
        {
            if (CheckReceipt(fields.ReceivedOn, context.Today) is { } future)
            {
                refusals.Add(future.Field, future.Message);
            }
            else if (Events.Any(e => e.Action is not (RequestAction.Submit or RequestAction.CorrectIntake)))
            {
                refusals.Add(nameof(ReceivedOn), "申请已开始办理，不能再更正收到申请之日或申请渠道（答复期限自收到申请之日起计算）。");
            }
        }

        if (!refusals.IsEmpty)
        {
            return refusals;
        }

        var changedClock = fields.ReceivedOn != ReceivedOn;
        SetIntake(fields);
        if (changedClock)
        {
            Events.Single(e => e.Action == RequestAction.Submit).On = ReceivedOn;
        }

        Events.Add(new RequestEvent { Action = RequestAction.CorrectIntake, On = context.Today, RecordedAt = context.Now, Actor = by, Note = Clean(reason) });
        RecomputeDue(context.Calendar);
        unsavedStep = RequestAction.CorrectIntake.Label();
        return [];
    }

    private RefusalList Check(RequestStep step, DateOnly on, StepContext context)
    {
        var v = new RefusalList();
        if (step.Action is RequestAction.Submit or RequestAction.CorrectIntake || !Enum.IsDefined(step.Action))
        {
            return v.Add("Action", "请选择办理操作。");
        }

        if (!RequestLifecycle.TryApply(Status, step.Action, out _, out var error))
        {
            return v.Add("Action", error!);
        }

        var lastStep = Events.Where(e => e.Action != RequestAction.CorrectIntake).Select(e => (DateOnly?)e.On).Max();
        if (on > context.Today)
        {
            v.Add("On", "日期不能晚于今天。");
        }
        else if (on < ReceivedOn)
        {
            v.Add("On", $"日期不能早于收到申请之日（{RequestClock.Day(ReceivedOn)}）。");
        }
        else if (lastStep is { } last && on < last)
        {
            v.Add("On", $"日期不能早于上一步办理日期（{RequestClock.Day(last)}）。");
        }

        var noteRequired = step.Action is RequestAction.RequestCorrection or RequestAction.Extend or RequestAction.StartConsultation or RequestAction.Void;
        v.Text("Note", step.Action == RequestAction.Void ? "作废原因" : "说明", step.Note, MaxNoteLength, required: noteRequired);
        var calendar = context.Calendar;
        var rule = DeadlineRules.ForReceipt(ReceivedOn);
        switch (step.Action)
        {
            case RequestAction.RequestCorrection:
                CheckCorrectionNotice(v, step, on, calendar);
                break;
            case RequestAction.CorrectionExpired:
                CheckPeriodRunOut(v, RequestAction.RequestCorrection, on, calendar, "补正", "逾期未补正（条例第三十条）");
                break;
            case RequestAction.FeeExpired:
                CheckPeriodRunOut(v, RequestAction.IssueFeeNotice, on, calendar, "缴费", "逾期未缴费（国办函〔2020〕109号）");
                break;
            case RequestAction.Extend:
                CheckExtension(v, step, on, calendar, rule);
                break;
            case RequestAction.Answer:
                CheckAnswer(v, step);
                break;
            case RequestAction.Deliver:
                v.Text("DeliveryProof", "送达凭证（送达回证编号、EMS单号或邮件发送记录）", step.DeliveryProof, 100);
                break;
            case RequestAction.IssueFeeNotice when step.Fee is null or <= 0 or > 1_000_000:
                v.Add("Fee", "请填写应缴费用金额（元）。");
                break;
        }

        return v;
    }

    // 条例第三十条: one 补正 notice, given within 7 working days of receipt, stating a reasonable period.
    private void CheckCorrectionNotice(RefusalList v, RequestStep step, DateOnly on, WorkingDayCalendar calendar)
    {
        if (Events.Any(e => e.Action == RequestAction.RequestCorrection))
        {
            v.Add("Action", "补正只能一次性告知（条例第三十条），本申请已告知过补正。");
            return;
        }

        var used = calendar.WorkingDaysBetween(ReceivedOn, on);
        if (used > DeadlineRules.CorrectionNoticeDays)
        {
            v.Add("Action", $"补正应在收到申请之日起{DeadlineRules.CorrectionNoticeDays}个工作日内一次性告知（条例第三十条）；"
                + $"本申请{RequestClock.Day(ReceivedOn)}收到，{RequestClock.Day(on)}已是第{used}个工作日，不能再告知补正。");
        }

        if (step.Days is < 1 or > 60)
        {
            v.Add("Days", "补正期限应为1到60个工作日（默认15个工作日）。");
        }
    }

    // A lapse (逾期未补正 / 逾期未缴费) is recorded only once the period stated in the notice has run out.
    private void CheckPeriodRunOut(RefusalList v, RequestAction notice, DateOnly on, WorkingDayCalendar calendar, string what, string label)
    {
        var sent = Events.Where(e => e.Action == notice).OrderBy(e => e.On).LastOrDefault();
        if (sent is null)
        {
            v.Add("Action", $"本申请没有发出{what}通知，不能记录{label}。");
            return;
        }

        var period = notice == RequestAction.RequestCorrection ? sent.Number ?? DefaultCorrectionPeriodDays : FeePaymentDays;
        var end = calendar.Due(sent.On, period).Date;
        if (on <= end)
        {
            v.Add("On", $"{what}期限为{RequestClock.Day(sent.On)}通知后{period}个工作日，至{RequestClock.Day(end)}届满；届满后才能记录{label}。");
        }
    }

    // 条例第三十三条第二款 (2008 条例第二十四条): one extension, decided within the answering period, of at most 20 (15)
    // working days, approved by the head of the disclosure office. Once overdue, a request stays overdue.
    private void CheckExtension(RefusalList v, RequestStep step, DateOnly on, WorkingDayCalendar calendar, DeadlineRule rule)
    {
        if (Events.Any(e => e.Action == RequestAction.Extend))
        {
            v.Add("Action", "答复期限只能延长一次。");
        }

        var max = DeadlineRules.MaxExtensionDays(rule);
        if (step.Days is null || step.Days < 1 || step.Days > max)
        {
            v.Add("Days", $"延长的期限应为1到{max}个工作日（{(rule == DeadlineRule.Rule2008 ? "2008年条例第二十四条" : "条例第三十三条")}）。");
        }

        v.Text("ApprovedBy", "批准延期的负责人", step.ApprovedBy, 50);
        if (Deadline(calendar).DueOn is { } due && on > due)
        {
            v.Add("Action", $"答复期限已于{RequestClock.Day(due)}届满，不能再延期：延期须在答复期限内决定（{(rule == DeadlineRule.Rule2008 ? "2008年条例第二十四条" : "条例第三十三条")}）。");
        }
    }

    private void CheckAnswer(RefusalList v, RequestStep step)
    {
        if (step.Outcome is not { } outcome || !Enum.IsDefined(outcome) || outcome.Group() == 6)
        {
            v.Add("Outcome", "请选择答复类型（予以公开、部分公开、不予公开、无法提供或不予处理）。");
        }
        else if (outcome == RequestOutcome.UnavailableStillUnclear && !Events.Any(e => e.Action == RequestAction.ReceiveCorrection))
        {
            v.Add("Outcome", "“补正后申请内容仍不明确”只能用于告知补正并收到补正后的申请（条例第三十条）。");
        }

        v.Text("LegalBasis", "法律依据", step.LegalBasis, 500).Text("AnswerText", "答复内容", step.AnswerText, 8000);
        v.Text("RedirectedTo", "掌握该信息的机关", step.RedirectedTo, 100, required: false);
    }

    /// <summary>Trimmed text with control characters removed (they have no place in a letter and can break exports).</summary>
    public static string? Clean(string? s) =>
        string.IsNullOrWhiteSpace(s) ? null : new string(s.Trim().Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t').ToArray());
}
