using System.Globalization;
using Gongkai.Core.Calendar;
using Gongkai.Core.Requests;

namespace Gongkai.Core.Tests.Requests;

/// <summary>
/// The request aggregate refuses what the 条例 forbids and then leaves the request unchanged. November 2025 has no
/// holiday: received Mon 2025-11-03, the 20 working days run 4–7 (4), 10–14 (9), 17–21 (14), 24–28 (19), 1.12 (20).
/// </summary>
public sealed class RequestGuardTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Embedded;

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>The handler acts at 16:00 Beijing time on <paramref name="day"/>.</summary>
    private static StepContext At(string day) => new(Calendar, new DateTimeOffset(D(day).ToDateTime(new TimeOnly(16, 0)), ChinaTime.Offset));

    private static InfoRequest Received(string day = "2025-11-03")
    {
        var r = InfoRequest.Create(1, "TEST-0001", "hash", At(day).Now, new IntakeFields(
            RequestChannel.InPerson, D(day), ApplicantType.NaturalPerson, "张三", "居民身份证", null, null, null, "13800000000", null, null,
            "申请公开某村道路硬化工程资金使用情况", "请提供工程合同和资金拨付凭证。", null, DeliveryMethod.CollectInPerson));
        Assert.Empty(r.Open("经办人", "当面", At(day)));
        return r;
    }

    private static void Ok(InfoRequest r, RequestStep step) => Assert.Empty(r.Apply(step, "经办人", At(step.On!.ToString()!)));

    private static void Ok(InfoRequest r, RequestAction action, string on, int? days = null, string? note = "说明") =>
        Ok(r, new RequestStep(action, D(on), note, days, ApprovedBy: "办公室主任"));

    private static RequestStep AnswerOn(string on, RequestOutcome outcome = RequestOutcome.Disclosed) =>
        new(RequestAction.Answer, D(on), Outcome: outcome, LegalBasis: "条例第三十六条第（二）项", AnswerText: "予以公开。");

    /// <summary>Applies a step that must be refused on <paramref name="field"/> with a message containing <paramref name="says"/>, and nothing changed.</summary>
    private static void Refused(InfoRequest r, RequestStep step, string field, string says, string? today = null)
    {
        var before = (r.Status, r.Events.Count, r.DueOn, r.Outcome, r.AnsweredOn, r.FeeAmount);
        var refusals = r.Apply(step, "经办人", At(today ?? step.On!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Assert.Contains(refusals, x => x.Field == field && x.Message.Contains(says, StringComparison.Ordinal));
        Assert.Equal(before, (r.Status, r.Events.Count, r.DueOn, r.Outcome, r.AnsweredOn, r.FeeAmount));
    }

    [Fact]
    public void A_request_received_on_a_monday_in_november_is_due_twenty_working_days_later()
    {
        Assert.Equal(D("2025-12-01"), Received().DueOn);
    }

    [Fact]
    public void Extension_is_refused_once_the_due_date_has_passed_and_the_request_stays_overdue()
    {
        // 条例第三十三条: the extension is decided within the answering period.
        var r = Received();
        Ok(r, RequestAction.Accept, "2025-11-03");
        Refused(r, new RequestStep(RequestAction.Extend, D("2025-12-02"), "案情复杂", 20, ApprovedBy: "办公室主任"), "Action", "不能再延期");
        Assert.True(r.IsOverdueOn(D("2025-12-02")));

        var inTime = Received();
        Ok(inTime, RequestAction.Accept, "2025-11-03");
        Ok(inTime, RequestAction.Extend, "2025-12-01", 20);
        // 2.12 (1) … 29.12 (20).
        Assert.Equal(D("2025-12-29"), inTime.DueOn);
    }

    [Fact]
    public void Extension_beyond_twenty_working_days_or_a_second_one_is_refused()
    {
        var r = Received();
        Ok(r, RequestAction.Accept, "2025-11-03");
        Refused(r, new RequestStep(RequestAction.Extend, D("2025-11-20"), "案情复杂", 21, ApprovedBy: "办公室主任"), "Days", "1到20个工作日");
        Ok(r, RequestAction.Extend, "2025-11-20", 10);
        Refused(r, new RequestStep(RequestAction.Extend, D("2025-11-21"), "再次延期", 10, ApprovedBy: "办公室主任"), "Action", "只能延长一次");
    }

    [Fact]
    public void Under_the_2008_rule_an_extension_is_at_most_fifteen_working_days()
    {
        var r = Received("2019-03-04");
        Ok(r, RequestAction.Accept, "2019-03-04");
        Refused(r, new RequestStep(RequestAction.Extend, D("2019-03-15"), "案情复杂", 16, ApprovedBy: "办公室主任"), "Days", "1到15个工作日");
    }

    [Fact]
    public void Correction_notice_is_accepted_on_the_seventh_working_day_and_refused_on_the_eighth()
    {
        // 条例第三十条: 4–7.11 (4), 10, 11, 12.11 (7), 13.11 (8).
        var late = Received();
        Refused(late, new RequestStep(RequestAction.RequestCorrection, D("2025-11-13"), "请写明道路名称"), "Action", "7个工作日内");
        Assert.Equal(D("2025-12-01"), late.DueOn);

        var r = Received();
        Ok(r, RequestAction.RequestCorrection, "2025-11-12");
        Assert.Equal(RequestStatus.AwaitingCorrection, r.Status);
    }

    [Fact]
    public void A_second_correction_notice_is_refused()
    {
        var r = Received();
        Ok(r, RequestAction.RequestCorrection, "2025-11-04");
        Ok(r, RequestAction.ReceiveCorrection, "2025-11-06");
        Refused(r, new RequestStep(RequestAction.RequestCorrection, D("2025-11-07"), "还需补正"), "Action", "一次性告知");
    }

    [Fact]
    public void Correction_expiry_is_refused_until_the_period_stated_in_the_notice_has_run_out()
    {
        // Notice 5.11, default 15 working days: 6–7 (2), 10–14 (7), 17–21 (12), 24–26 (15) → the period ends 26.11.
        var r = Received();
        Ok(r, RequestAction.RequestCorrection, "2025-11-05");
        Refused(r, new RequestStep(RequestAction.CorrectionExpired, D("2025-11-05")), "On", "2025年11月26日届满");
        Refused(r, new RequestStep(RequestAction.CorrectionExpired, D("2025-11-26")), "On", "届满后");
        Ok(r, new RequestStep(RequestAction.CorrectionExpired, D("2025-11-27")));
        Assert.Equal(RequestOutcome.OtherNoCorrection, r.Outcome);
    }

    [Fact]
    public void Correction_expiry_follows_the_period_the_agency_set_on_the_notice()
    {
        // Notice 5.11 with 5 working days: 6, 7, 10, 11, 12.11.
        var r = Received();
        Ok(r, RequestAction.RequestCorrection, "2025-11-05", days: 5);
        Refused(r, new RequestStep(RequestAction.CorrectionExpired, D("2025-11-12")), "On", "2025年11月12日届满");
        Ok(r, new RequestStep(RequestAction.CorrectionExpired, D("2025-11-13")));
    }

    [Fact]
    public void Still_unclear_after_correction_is_refused_for_a_request_that_never_had_a_correction()
    {
        var r = Received();
        Refused(r, AnswerOn("2025-11-10", RequestOutcome.UnavailableStillUnclear), "Outcome", "补正");

        var corrected = Received();
        Ok(corrected, RequestAction.RequestCorrection, "2025-11-04");
        Ok(corrected, RequestAction.ReceiveCorrection, "2025-11-06");
        Ok(corrected, AnswerOn("2025-11-10", RequestOutcome.UnavailableStillUnclear));
        Assert.Equal(RequestStatus.Answered, corrected.Status);
    }

    [Fact]
    public void Fee_expiry_is_refused_until_twenty_working_days_after_the_fee_notice()
    {
        // 国办函〔2020〕109号: notice 10.11; 11–14 (4), 17–21 (9), 24–28 (14), 1–5.12 (19), 8.12 (20).
        var r = Received();
        Ok(r, RequestAction.Accept, "2025-11-03");
        Ok(r, new RequestStep(RequestAction.IssueFeeNotice, D("2025-11-10"), Fee: 100m));
        Refused(r, new RequestStep(RequestAction.FeeExpired, D("2025-12-08")), "On", "2025年12月8日届满");
        Ok(r, new RequestStep(RequestAction.FeeExpired, D("2025-12-09")));
        Assert.Equal(RequestOutcome.OtherFeeUnpaid, r.Outcome);
    }

    [Fact]
    public void A_receipt_date_in_the_future_is_refused_on_every_channel()
    {
        var r = InfoRequest.Create(1, "TEST-0002", "hash", At("2025-11-03").Now, new IntakeFields(
            RequestChannel.Online, D("2030-01-01"), ApplicantType.NaturalPerson, "李四", null, null, null, null, null, "a@example.com", null,
            "主题", "描述", null, DeliveryMethod.Email));
        var refusals = r.Open("公众", "网络", At("2025-11-03"));
        Assert.Contains(refusals, x => x.Field == "ReceivedOn" && x.Message.Contains("不能晚于今天", StringComparison.Ordinal));
        Assert.Empty(r.Events);
    }

    [Fact]
    public void A_step_dated_after_today_is_refused()
    {
        var r = Received();
        Refused(r, new RequestStep(RequestAction.Accept, D("2025-11-20")), "On", "不能晚于今天", today: "2025-11-05");
    }

    [Theory]
    [InlineData(RequestAction.Withdraw)]
    [InlineData(RequestAction.Void)]
    [InlineData(RequestAction.CorrectionExpired)]
    public void No_step_is_taken_on_a_withdrawn_voided_or_finished_request(RequestAction ending)
    {
        var r = Received();
        if (ending == RequestAction.CorrectionExpired)
        {
            Ok(r, RequestAction.RequestCorrection, "2025-11-04");
            Ok(r, new RequestStep(RequestAction.CorrectionExpired, D("2025-11-28")));
        }
        else
        {
            Ok(r, ending, "2025-11-05", note: "登记错误：重复录入");
        }

        Refused(r, AnswerOn("2025-12-01"), "Action", "不能");
        Refused(r, new RequestStep(RequestAction.Withdraw, D("2025-12-01")), "Action", "不能");
        Refused(r, new RequestStep(RequestAction.Void, D("2025-12-01"), "再作废"), "Action", "不能");
    }

    [Fact]
    public void Voiding_needs_a_reason_and_is_refused_once_the_request_is_answered()
    {
        var r = Received();
        Refused(r, new RequestStep(RequestAction.Void, D("2025-11-05")), "Note", "作废原因");
        Ok(r, AnswerOn("2025-11-10"));
        Refused(r, new RequestStep(RequestAction.Void, D("2025-11-11"), "登记错误"), "Action", "不能作废");
    }

    [Fact]
    public void A_late_answer_stays_late_through_delivery_and_closing()
    {
        var r = Received();
        Ok(r, RequestAction.Accept, "2025-11-03");
        Ok(r, AnswerOn("2025-12-05"));
        Ok(r, new RequestStep(RequestAction.Deliver, D("2025-12-05"), DeliveryProof: "送达回证第1号"));
        Ok(r, RequestAction.Close, "2025-12-08");
        Assert.Equal(D("2025-12-01"), r.DueOn);
        Assert.True(r.DecidedLate);

        var onTime = Received();
        Ok(onTime, AnswerOn("2025-12-01"));
        Assert.False(onTime.DecidedLate);
    }

    [Fact]
    public void A_consultation_started_after_the_due_date_does_not_pause_the_clock()
    {
        // Overdue since 2.12; consulting 3.12–10.12 gives no days back.
        var r = Received();
        Ok(r, RequestAction.Accept, "2025-11-03");
        Ok(r, RequestAction.StartConsultation, "2025-12-03");
        Assert.Equal(D("2025-12-01"), r.DueOn);
        Ok(r, RequestAction.EndConsultation, "2025-12-10");
        Assert.Equal(D("2025-12-01"), r.DueOn);
        Ok(r, AnswerOn("2025-12-11"));
        Assert.True(r.DecidedLate);
    }

    [Fact]
    public void The_receipt_date_can_be_corrected_before_the_first_step_but_not_after_and_never_into_the_future()
    {
        var r = Received();
        var fields = new IntakeFields(RequestChannel.RegisteredLetter, D("2025-11-04"), ApplicantType.NaturalPerson, "张三", "居民身份证", null, null, null,
            "13800000000", null, "某村", r.Subject, r.Description, null, DeliveryMethod.Post);
        Assert.Contains(r.CorrectIntake(fields with { ReceivedOn = D("2025-11-20") }, "挂号信签收日登记错误", "经办人", At("2025-11-05")),
            x => x.Field == "ReceivedOn");
        Assert.Contains(r.CorrectIntake(fields, "", "经办人", At("2025-11-05")), x => x.Field == "Reason");
        Assert.Equal(D("2025-11-03"), r.ReceivedOn);

        Assert.Empty(r.CorrectIntake(fields, "挂号信签收日登记错误", "经办人", At("2025-11-05")));
        Assert.Equal(D("2025-11-04"), r.ReceivedOn);
        Assert.Equal(D("2025-12-02"), r.DueOn);
        Assert.Equal(RequestChannel.RegisteredLetter, r.Channel);

        Ok(r, RequestAction.Accept, "2025-11-05");
        var refusals = r.CorrectIntake(fields with { ReceivedOn = D("2025-11-05") }, "再次更正", "经办人", At("2025-11-06"));
        Assert.Contains(refusals, x => x.Field == "ReceivedOn" && x.Message.Contains("已开始办理", StringComparison.Ordinal));
        Assert.Equal(D("2025-11-04"), r.ReceivedOn);

        // Other intake fields stay correctable while the request is open.
        Assert.Empty(r.CorrectIntake(fields with { Subject = "申请公开某村道路硬化工程合同" }, "主题登记有误", "经办人", At("2025-11-06")));
        Assert.Equal("申请公开某村道路硬化工程合同", r.Subject);
    }
}
