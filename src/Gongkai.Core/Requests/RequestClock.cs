namespace Gongkai.Core.Requests;

/// <summary>One step of the clock's explanation, shown on the request page ("how this due date was computed").</summary>
public sealed record ClockStep(DateOnly On, string Text);

public sealed record RequestDeadline(DateOnly? DueOn, int TotalDays, int RemainingWhenPaused, bool Paused, bool Verified, IReadOnlyList<ClockStep> Steps);

/// <summary>
/// Derives a request's answer deadline from its append-only events (DESIGN.md §7), never from a stored due date:
/// the day of receipt is not counted; 补正 restarts the full period from the day the corrected request arrives
/// (条例第三十条); consultation (第三十二条) and fee notice → payment (第四十二条) stop the clock — the working days
/// used before the pause are kept, and counting resumes the day after the pause ends; an extension adds days
/// (第三十三条: at most 20; 2008 条例第二十四条: at most 15).
/// </summary>
public static class RequestClock
{
    public static RequestDeadline Compute(WorkingDayCalendar calendar, DateOnly receivedOn, IEnumerable<(RequestAction Action, DateOnly On, int? Number)> events)
    {
        var rule = DeadlineRules.ForReceipt(receivedOn);
        var total = DeadlineRules.AnswerDays(rule);
        var steps = new List<ClockStep>
        {
            new(receivedOn, $"{Day(receivedOn)}收到申请（当日不计入）。适用{(rule == DeadlineRule.Rule2008 ? "2008年条例第二十四条，答复期限15个工作日" : "条例第三十三条，答复期限20个工作日")}。"),
        };

        var segmentStart = receivedOn;
        var used = 0;
        var extension = 0;
        var paused = false;
        var ignoredPause = false;
        foreach (var (action, on, number) in events)
        {
            switch (action)
            {
                case RequestAction.RequestCorrection:
                    used += calendar.WorkingDaysBetween(segmentStart, on);
                    paused = true;
                    steps.Add(new(on, $"{Day(on)}一次性告知补正，等待申请人补正期间不计算期限。"));
                    break;
                case RequestAction.ReceiveCorrection:
                    segmentStart = on;
                    used = 0;
                    paused = false;
                    steps.Add(new(on, $"{Day(on)}收到补正后的申请，答复期限自该日重新计算（条例第三十条）。"));
                    break;
                case RequestAction.StartConsultation or RequestAction.IssueFeeNotice when !paused
                    && used + calendar.WorkingDaysBetween(segmentStart, on) > total + extension:
                    // Already overdue: a pause cannot give back days that have run out, so the clock keeps running
                    // and the request stays overdue (lateness is a fact, not a view).
                    steps.Add(new(on, $"{Day(on)}{action.Label()}时已超过答复期限，该期间不再中止计算，逾期不因此消除。"));
                    ignoredPause = true;
                    break;
                case RequestAction.EndConsultation or RequestAction.FeePaid when ignoredPause:
                    ignoredPause = false;
                    break;
                case RequestAction.StartConsultation or RequestAction.IssueFeeNotice when !paused:
                    used += calendar.WorkingDaysBetween(segmentStart, on);
                    paused = true;
                    steps.Add(new(on, action == RequestAction.StartConsultation
                        ? $"{Day(on)}征求第三方或其他机关意见，期间不计算（条例第三十二条）；此前已用{used}个工作日。"
                        : $"{Day(on)}发出收费通知，至缴费之日不计算（条例第四十二条）；此前已用{used}个工作日。"));
                    break;
                case RequestAction.EndConsultation or RequestAction.FeePaid when paused:
                    segmentStart = on;
                    paused = false;
                    steps.Add(new(on, action == RequestAction.EndConsultation
                        ? $"{Day(on)}征求意见结束，次日起继续计算，剩余{total + extension - used}个工作日。"
                        : $"{Day(on)}申请人缴费，次日起继续计算，剩余{total + extension - used}个工作日。"));
                    break;
                case RequestAction.Extend:
                    var days = number ?? DeadlineRules.MaxExtensionDays(rule);
                    extension += days;
                    steps.Add(new(on, $"{Day(on)}经政府信息公开工作机构负责人同意延长答复期限{days}个工作日，并告知申请人。"));
                    break;
            }
        }

        if (paused)
        {
            return new RequestDeadline(null, total + extension, total + extension - used, true, true, steps);
        }

        var remaining = total + extension - used;
        var due = calendar.Due(segmentStart, Math.Max(remaining, 0) == 0 ? 1 : remaining);
        if (remaining <= 0)
        {
            due = new DueDate(segmentStart, due.Verified);
        }

        steps.Add(new(due.Date, $"答复期限：{Day(due.Date)}（自{Day(segmentStart)}次日起第{Math.Max(remaining, 0)}个工作日，已跳过周末和法定节假日，计入调休上班日）。"
            + (ProvisionalDue.For(calendar, segmentStart, due) is { } note ? "注意：" + note : "")));
        return new RequestDeadline(due.Date, total + extension, remaining, false, due.Verified, steps);
    }

    public static string Day(DateOnly d) => d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
