namespace Gongkai.Web.Features.Reports;

/// <summary>
/// Reads one agency-year's report. The public sees published reports only (条例第四十九条: published reports are public);
/// staff see the drafts of the agencies they can read; only the agency's 机构管理员 may edit.
/// </summary>
public sealed class GetReportHandler(GongkaiDbContext db, AgencyScope scope, ReportViews views, TimeProvider clock)
{
    /// <summary>The report, live or frozen; null when it does not exist for this caller.</summary>
    public Task<ReportView?> HandleAsync(string agencyCode, int year, ReportFormat? format, CancellationToken ct) =>
        LoadAsync(agencyCode, year, format, staffOnly: false, ct);

    /// <summary>The report for staff who can read the agency (back-office pages, drill-down, draft overview); null otherwise.</summary>
    public Task<ReportView?> ForStaffAsync(string agencyCode, int year, ReportFormat? format, CancellationToken ct) =>
        LoadAsync(agencyCode, year, format, staffOnly: true, ct);

    private async Task<ReportView?> LoadAsync(string agencyCode, int year, ReportFormat? format, bool staffOnly, CancellationToken ct)
    {
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == agencyCode, ct);
        if (agency is null || !AnnualReport.IsReportYear(year, Gongkai.Core.Calendar.ChinaTime.Today(clock)))
        {
            return null;
        }

        var staff = await scope.CanAsync(agency.Id, AgencyAccess.Read, ct);
        var report = await db.AnnualReports.AsNoTracking().SingleOrDefaultAsync(r => r.AgencyId == agency.Id && r.Year == year, ct);
        if (!staff && (staffOnly || report?.IsPublished != true))
        {
            return null;
        }

        return await views.BuildAsync(agency, year, report, format, staff && await scope.CanAsync(agency.Id, AgencyAccess.Administer, ct), ct);
    }
}
