using Gongkai.Core.Calendar;
using Gongkai.Core.Requests;

namespace Gongkai.Core.Tests.Requests;

/// <summary>
/// Due dates derived from a request's events. Every expected date below was counted by hand on the State Council
/// notices' calendars (the comment under each case shows the count), not produced by the code.
/// </summary>
public sealed class RequestClockTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Embedded;

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static RequestDeadline Clock(string received, params (RequestAction Action, string On, int? Number)[] events) =>
        RequestClock.Compute(Calendar, D(received), events.Select(e => (e.Action, D(e.On), e.Number)));

    [Fact]
    public void Plain_request_is_due_twenty_working_days_after_receipt_skipping_spring_festival()
    {
        // 2025-01-20 (Mon): 21–24 (4), 26 Sun make-up (5), 27 (6), 28.1–4.2 off, 5–7.2 (9), 8.2 Sat make-up (10),
        // 10–14.2 (15), 17–21.2 (20).
        var d = Clock("2025-01-20");
        Assert.Equal(D("2025-02-21"), d.DueOn);
        Assert.Equal(20, d.TotalDays);
        Assert.True(d.Verified);
        Assert.False(d.Paused);
    }

    [Fact]
    public void Correction_restarts_the_full_period_from_the_day_the_corrected_request_arrives()
    {
        // 条例第三十条. Corrected request 2025-03-20 (Thu): 21.3 (1), 24–28.3 (6), 31.3–3.4 (10), 4–6.4 清明 off,
        // 7–11.4 (15), 14–18.4 (20).
        var d = Clock("2025-03-03", (RequestAction.RequestCorrection, "2025-03-05", null), (RequestAction.ReceiveCorrection, "2025-03-20", null));
        Assert.Equal(D("2025-04-18"), d.DueOn);
    }

    [Fact]
    public void Waiting_for_a_correction_stops_the_clock()
    {
        var d = Clock("2025-03-03", (RequestAction.RequestCorrection, "2025-03-05", null));
        Assert.True(d.Paused);
        Assert.Null(d.DueOn);
    }

    [Fact]
    public void Consultation_across_national_day_shifts_the_due_date_by_the_working_days_paused()
    {
        // Received 2025-09-22 (Mon). Without a pause: 23–26.9 (4), 28.9 Sun make-up (5), 29–30.9 (7), 1–8.10 off,
        // 9–10.10 (9), 11.10 Sat make-up (10), 13–17.10 (15), 20–24.10 (20) → 2025-10-24.
        Assert.Equal(D("2025-10-24"), Clock("2025-09-22").DueOn);

        // Consultation from 24.9 (23 and 24 used: 2 days) to 15.10; 18 remain from 16.10: 16–17 (2), 20–24 (7),
        // 27–31 (12), 3–7.11 (17), 10.11 (18).
        var d = Clock("2025-09-22", (RequestAction.Accept, "2025-09-22", null), (RequestAction.StartConsultation, "2025-09-24", null), (RequestAction.EndConsultation, "2025-10-15", null));
        Assert.Equal(D("2025-11-10"), d.DueOn);

        var paused = Clock("2025-09-22", (RequestAction.StartConsultation, "2025-09-24", null));
        Assert.True(paused.Paused);
        Assert.Equal(18, paused.RemainingWhenPaused);
    }

    [Fact]
    public void Fee_notice_to_payment_does_not_count_and_dragon_boat_festival_is_skipped()
    {
        // Received 2025-04-28 (Mon); notice 30.4 (29, 30 used: 2); paid 9.5 (Fri); 18 remain: 12–16.5 (5),
        // 19–23 (10), 26–30 (15), 31.5–2.6 端午 off, 3–5.6 (18).
        var d = Clock("2025-04-28", (RequestAction.IssueFeeNotice, "2025-04-30", null), (RequestAction.FeePaid, "2025-05-09", null));
        Assert.Equal(D("2025-06-05"), d.DueOn);
    }

    [Fact]
    public void Extension_adds_twenty_working_days_across_new_year_and_spring_festival()
    {
        // Received 2024-12-20 (Fri), 40 days: 23–27.12 (5), 30–31.12 (7), 1.1 off, 2–3.1 (9), 6–10 (14), 13–17 (19),
        // 20–24 (24), 26.1 Sun make-up (25), 27.1 (26), 28.1–4.2 off, 5–7.2 (29), 8.2 Sat make-up (30),
        // 10–14.2 (35), 17–21.2 (40).
        var d = Clock("2024-12-20", (RequestAction.Extend, "2025-01-10", 20));
        Assert.Equal(D("2025-02-21"), d.DueOn);
        Assert.Equal(40, d.TotalDays);
    }

    [Fact]
    public void Requests_received_before_2019_05_15_use_the_2008_rule_of_15_days()
    {
        Assert.Equal(DeadlineRule.Rule2008, DeadlineRules.ForReceipt(D("2019-05-14")));
        Assert.Equal(DeadlineRule.Rule2019, DeadlineRules.ForReceipt(D("2019-05-15")));
        Assert.Equal(15, DeadlineRules.MaxExtensionDays(DeadlineRule.Rule2008));
        Assert.Equal(20, DeadlineRules.MaxExtensionDays(DeadlineRule.Rule2019));

        // Received 2018-09-28 (Fri): 29.9 Sat and 30.9 Sun make-up (2), 1–7.10 off, 8–12.10 (7), 15–19 (12), 22–24 (15).
        var d = Clock("2018-09-28");
        Assert.Equal(D("2018-10-24"), d.DueOn);
        Assert.Equal(15, d.TotalDays);
        Assert.Contains("2008", d.Steps[0].Text);
    }

    [Fact]
    public void Receipt_on_a_holiday_counts_from_the_next_working_day()
    {
        // Received 2024-10-05 (Sat, inside the National Day break): 8–11.10 (4), 12.10 Sat make-up (5), 14–18 (10),
        // 21–25 (15), 28.10–1.11 (20).
        Assert.Equal(D("2024-11-01"), Clock("2024-10-05").DueOn);
    }

    [Fact]
    public void A_deadline_in_a_year_without_holiday_data_is_marked_unverified()
    {
        var last = Calendar.Years[^1];
        var d = Clock($"{last}-12-20");
        Assert.False(d.Verified);
        Assert.Contains($"{last + 1}年节假日安排尚未公布", d.Steps[^1].Text);
        Assert.True(Clock($"{last}-06-01").Verified);
    }
}
