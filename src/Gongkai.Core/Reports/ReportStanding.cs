namespace Gongkai.Core.Reports;

/// <summary>Where a report stands against its statutory date (条例第四十九条).</summary>
public enum ReportTiming
{
    /// <summary>Not yet published, due date ahead (or today).</summary>
    Open,

    /// <summary>Published on or before the due date.</summary>
    OnTime,

    /// <summary>Not published and the due date has passed.</summary>
    Overdue,

    /// <summary>Published after the due date.</summary>
    PublishedLate,
}

/// <summary>
/// An agency-year's report status and timing: the one answer the admin list, the report page, the supervisor's roll-up
/// (page and API) and the portal all show (DESIGN.md §4: one fact, one source).
/// </summary>
/// <param name="Status">Draft or published; null when nobody has saved anything yet (未开始).</param>
/// <param name="DueOn">The statutory date: 31 January, or 31 March for a county-or-higher government's own report.</param>
/// <param name="Timing">Open, on time, overdue or published late.</param>
/// <param name="DaysLeft">Calendar days from today to the due date (0 on the day, negative once past).</param>
/// <param name="PublishedAt">When it was published.</param>
public sealed record ReportStanding(ReportStatus? Status, DateOnly DueOn, ReportTiming Timing, int DaysLeft, DateTimeOffset? PublishedAt)
{
    public bool Published => Status == ReportStatus.Published;

    /// <summary>The day in China it was published.</summary>
    public DateOnly? PublishedOn => PublishedAt is { } at ? ChinaTime.Day(at) : null;
}

/// <summary>When a report is due and which format it takes.</summary>
public static class ReportDeadlines
{
    /// <summary>
    /// The due date (条例第四十九条): 县级以上人民政府部门 by 31 January; a county-or-higher government's own report, published
    /// by its 政府信息公开工作主管部门, by 31 March. The article names no date for townships, streets and offices: Gongkai
    /// holds them to the departments' 31 January (DESIGN.md §2), since the county collects their reports for its own.
    /// </summary>
    public static DateOnly DueOn(AgencyLevel level, int year) =>
        level is AgencyLevel.Province or AgencyLevel.City or AgencyLevel.County ? new DateOnly(year + 1, 3, 31) : new DateOnly(year + 1, 1, 31);

    /// <summary>The format in force for a report year: the 2021 tables from 2021, the 2019 tables for 2019–2020, else the legacy 统计表.</summary>
    public static ReportFormat FormatFor(int year) => year >= 2021 ? ReportFormat.Format2021 : year >= 2019 ? ReportFormat.Format2019 : ReportFormat.Legacy;

    /// <summary>Where the report of an agency of <paramref name="level"/> for <paramref name="year"/> stands on <paramref name="today"/>.</summary>
    /// <param name="level">The agency's level (decides the due date).</param>
    /// <param name="year">The report year.</param>
    /// <param name="report">The stored report, or null when none was started.</param>
    /// <param name="today">Today in China.</param>
    public static ReportStanding Standing(AgencyLevel level, int year, AnnualReport? report, DateOnly today)
    {
        if (report is not null && report.Year != year)
        {
            throw new ArgumentException($"报告年度 {report.Year} 与 {year} 不符。", nameof(report));
        }

        var due = DueOn(level, year);
        var timing = report is { IsPublished: true, PublishedAt: { } at }
            ? (ChinaTime.Day(at) <= due ? ReportTiming.OnTime : ReportTiming.PublishedLate)
            : today > due ? ReportTiming.Overdue : ReportTiming.Open;
        return new ReportStanding(report?.Status, due, timing, due.DayNumber - today.DayNumber, report?.PublishedAt);
    }
}
