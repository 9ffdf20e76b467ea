using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Gongkai.Web.Features.Reports.Pages;

/// <summary>How the report pages word a report's status, deadline and figures.</summary>
public static class ReportPageText
{
    /// <summary>Within this many days of the due date the countdown turns amber.</summary>
    private const int DueSoonDays = 15;

    /// <summary>草稿, 已发布, or 未开始 when nobody has saved anything yet.</summary>
    public static string Status(ReportStatus? status) => status switch
    {
        ReportStatus.Draft => "草稿",
        ReportStatus.Published => "已发布",
        _ => "未开始",
    };

    public static string FormatName(ReportFormat format) => format switch
    {
        ReportFormat.Format2021 => "2021年版（国办公开办函〔2021〕30号）",
        ReportFormat.Format2019 => "2019年版（国办公开办函〔2019〕60号）",
        _ => "2019年以前的统计表",
    };

    public static string Value(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset at) => Date(Gongkai.Core.Calendar.ChinaTime.Day(at));

    /// <summary>The row highlight of an overdue report (not published and past its date), else none.</summary>
    public static string? UrgencyClass(ReportStanding standing) => standing.Timing is ReportTiming.Overdue ? "urgency-overdue" : null;

    /// <summary>The deadline flag (条例第四十九条): a countdown while open, a red 已逾期 / 逾期发布 once the date has passed.</summary>
    public static IHtmlContent TimingFlag(ReportStanding standing)
    {
        var daysLeft = standing.DaysLeft;
        var span = new TagBuilder("span");
        span.AddCssClass("tag");
        span.AddCssClass("report-timing");
        switch (standing.Timing)
        {
            case ReportTiming.Overdue:
                span.AddCssClass("overdue");
                span.InnerHtml.Append($"已逾期（超过截止日{-daysLeft}天）");
                break;
            case ReportTiming.PublishedLate:
                span.AddCssClass("overdue");
                span.InnerHtml.Append("逾期发布");
                break;
            case ReportTiming.OnTime:
                span.AddCssClass("on-time");
                span.InnerHtml.Append("按时发布");
                break;
            default:
                if (daysLeft <= DueSoonDays)
                {
                    span.AddCssClass("due-soon");
                }

                span.InnerHtml.Append(daysLeft == 0 ? "今天截止" : $"距截止还有{daysLeft}天");
                break;
        }

        return span;
    }
}
