using Gongkai.Core.Agencies;

namespace Gongkai.Core.Reports;

public enum ReportStatus
{
    Draft = 1,
    Published = 2,
}

/// <summary>
/// An agency's 政府信息公开工作年度报告 for one year (条例第四十九、五十条): the narrative the admin writes, and once
/// published a frozen copy of the statistics, so later corrections to the records do not rewrite a published report.
/// </summary>
public sealed class AnnualReport : IAgencyOwned
{
    public const int MaxSectionLength = 20_000;

    public int Id { get; set; }

    public int AgencyId { get; set; }

    public int Year { get; set; }

    public ReportFormat Format { get; set; }

    public DateOnly PeriodFrom { get; set; }

    public DateOnly PeriodTo { get; set; }

    /// <summary>一、总体情况</summary>
    public string? Overview { get; set; }

    /// <summary>五、存在的主要问题及改进情况</summary>
    public string? Problems { get; set; }

    /// <summary>六、其他需要报告的事项</summary>
    public string? Other { get; set; }

    /// <summary>Explanations for consistency checks that fail, one per line as "rule: explanation".</summary>
    public string? CheckNotes { get; set; }

    public ReportStatus Status { get; set; } = ReportStatus.Draft;

    public DateTimeOffset? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }

    /// <summary>The statistics as published (JSON), shown on the portal and exported from then on.</summary>
    public string? PublishedStatistics { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A figure the records cannot give (行政许可 decisions, staff, budget…), entered by the agency admin; latest wins.</summary>
public sealed class ReportFigure : IAgencyOwned
{
    public long Id { get; set; }

    public int AgencyId { get; set; }

    public int Year { get; set; }

    public required string Key { get; set; }

    public decimal Value { get; set; }

    public required string EnteredBy { get; set; }

    public DateTimeOffset EnteredAt { get; set; }
}

/// <summary>When a report is due (条例第四十九条): departments and townships by 31 January, a county or higher government's own report by 31 March.</summary>
public static class ReportDeadlines
{
    public static DateOnly DueOn(AgencyLevel level, int year) =>
        level is AgencyLevel.Province or AgencyLevel.City or AgencyLevel.County ? new DateOnly(year + 1, 3, 31) : new DateOnly(year + 1, 1, 31);

    /// <summary>The format in force for a report year: the 2021 tables from 2021, the 2019 tables for 2019–2020, else the legacy 统计表.</summary>
    public static ReportFormat FormatFor(int year) => year >= 2021 ? ReportFormat.Format2021 : year >= 2019 ? ReportFormat.Format2019 : ReportFormat.Legacy;
}
