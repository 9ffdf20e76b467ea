namespace Gongkai.Web.Features.Reports;

/// <summary>One agency-year's report as the pages and the API show it.</summary>
/// <param name="Report">The stored report, or a new draft not yet saved (then <see cref="Standing"/> says 未开始).</param>
/// <param name="Statistics">Live figures while a draft; the frozen copy once published (in the report's own format).</param>
/// <param name="Standing">Status and timing against the statutory date: the one computation every screen reads.</param>
/// <param name="PublishBlockers">What the report itself says still blocks publication (in its own format only).</param>
/// <param name="CanEdit">The user is the agency's 机构管理员 and the report is still a draft.</param>
public sealed record ReportView(
    Agency Agency,
    int Year,
    AnnualReport Report,
    ReportStatistics Statistics,
    bool Frozen,
    ReportStanding Standing,
    IReadOnlyList<ManualField> ManualFields,
    IReadOnlyList<CheckResult> UnexplainedFailures,
    IReadOnlyList<string> PublishBlockers,
    bool CanEdit);

/// <summary>Builds <see cref="ReportView"/>s: statistics, standing and blockers of a (possibly unsaved) report.</summary>
public sealed class ReportViews(ReportCalculator calculator, TimeProvider clock)
{
    /// <param name="agency">The report's agency.</param>
    /// <param name="year">The report year.</param>
    /// <param name="stored">The stored report, or null when none was started.</param>
    /// <param name="format">The format asked for; null for the report's own.</param>
    /// <param name="mayEdit">Whether the user is the agency's 机构管理员.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<ReportView> BuildAsync(Agency agency, int year, AnnualReport? stored, ReportFormat? format, bool mayEdit, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var report = stored ?? AnnualReport.Start(agency.Id, year, now);
        var shown = format ?? report.Format;
        var (stats, frozen) = await calculator.ShownAsync(agency.Id, year, stored, shown, ct);
        var blockers = shown == report.Format ? report.PublicationBlockers(stats).Select(b => b.Message).ToList() : [];
        return new ReportView(agency, year, report, stats, frozen, ReportDeadlines.Standing(agency.Level, year, stored, Gongkai.Core.Calendar.ChinaTime.Day(now)),
            ReportEngine.ManualFields(shown), report.UnexplainedFailures(stats), blockers, mayEdit && !report.IsPublished);
    }
}
