using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;
using Gongkai.Core.Reports;
using static Gongkai.Core.Tests.Reports.ReportFixture;

namespace Gongkai.Core.Tests.Reports;

/// <summary>条例第四十九条: one computation of a report's status and timing against 31 January / 31 March.</summary>
public sealed class ReportStandingTests
{
    private static readonly DateTimeOffset Started = new(2025, 6, 1, 9, 0, 0, ChinaTime.Offset);

    private static AnnualReport PublishedOn(DateTimeOffset at)
    {
        var report = AnnualReport.Start(1, 2025, Started);
        Assert.Empty(report.ReviseNarrative(new NarrativeRevision("总体情况。", null, null, null), Started));
        var stats = ReportEngine.Compute(ReportFormat.Format2021, new ReportFacts(ReportPeriod.Year(2025), [], [], [], [],
            ReportEngine.ManualFields(ReportFormat.Format2021).Select(f => new ManualFigure(f.Key, 0, "张三", Started)).ToList()));
        Assert.Empty(report.Publish(stats, "张三", at));
        return report;
    }

    [Fact]
    public void A_township_report_not_started_counts_down_to_31_january_then_is_overdue()
    {
        var open = ReportDeadlines.Standing(AgencyLevel.Township, 2025, null, D("2026-01-21"));
        Assert.Equal(new ReportStanding(null, D("2026-01-31"), ReportTiming.Open, 10, null), open);
        var due = ReportDeadlines.Standing(AgencyLevel.Township, 2025, null, D("2026-01-31"));
        Assert.Equal((ReportTiming.Open, 0), (due.Timing, due.DaysLeft));
        var late = ReportDeadlines.Standing(AgencyLevel.Township, 2025, AnnualReport.Start(1, 2025, Started), D("2026-02-01"));
        Assert.Equal((ReportStatus.Draft, ReportTiming.Overdue, -1), (late.Status, late.Timing, late.DaysLeft));
    }

    [Fact]
    public void A_county_government_has_until_31_march_departments_and_offices_until_31_january()
    {
        Assert.Equal(D("2026-03-31"), ReportDeadlines.Standing(AgencyLevel.County, 2025, null, D("2026-02-15")).DueOn);
        Assert.Equal(ReportTiming.Open, ReportDeadlines.Standing(AgencyLevel.County, 2025, null, D("2026-02-15")).Timing);
        Assert.Equal(D("2026-01-31"), ReportDeadlines.Standing(AgencyLevel.Department, 2025, null, D("2026-02-15")).DueOn);
        Assert.Equal(D("2026-01-31"), ReportDeadlines.Standing(AgencyLevel.Office, 2025, null, D("2026-02-15")).DueOn);
    }

    [Fact]
    public void Publication_on_the_due_day_in_beijing_is_on_time_and_a_day_later_is_late()
    {
        // 31 January 23:30 in Beijing is still 31 January, although UTC has not reached the evening.
        var onTime = ReportDeadlines.Standing(AgencyLevel.Township, 2025, PublishedOn(new DateTimeOffset(2026, 1, 31, 15, 30, 0, TimeSpan.Zero)), D("2026-05-01"));
        Assert.Equal((ReportStatus.Published, ReportTiming.OnTime, D("2026-01-31")), (onTime.Status, onTime.Timing, onTime.PublishedOn));
        Assert.True(onTime.Published);

        var late = ReportDeadlines.Standing(AgencyLevel.Township, 2025, PublishedOn(new DateTimeOffset(2026, 1, 31, 16, 30, 0, TimeSpan.Zero)), D("2026-05-01"));
        Assert.Equal((ReportTiming.PublishedLate, D("2026-02-01")), (late.Timing, late.PublishedOn));
    }

    [Fact]
    public void A_report_of_another_year_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ReportDeadlines.Standing(AgencyLevel.Township, 2024, AnnualReport.Start(1, 2025, Started), D("2026-01-01")));
    }
}
