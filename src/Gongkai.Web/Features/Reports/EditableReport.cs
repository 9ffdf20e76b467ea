namespace Gongkai.Web.Features.Reports;

/// <summary>A report loaded for a change: its agency, the tracked report (a new draft when none was saved) and who edits.</summary>
/// <param name="Editor">The editor as provenance shows it: 显示名（用户名）.</param>
public sealed record EditableReport(Agency Agency, AnnualReport Report, string Editor, string UserName);

/// <summary>
/// The load and authorize steps of every change to a report: only the agency's 机构管理员 writes it (other staff who can
/// read the agency are refused, everyone else does not see it). Whether the change is allowed is the report's own decision.
/// </summary>
public sealed class EditableReports(GongkaiDbContext db, StaffContext me, AgencyScope scope, TimeProvider clock)
{
    public async Task<Outcome<EditableReport>> LoadAsync(string agencyCode, int year, CancellationToken ct)
    {
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == agencyCode, ct);
        if (agency is null || !AnnualReport.IsReportYear(year, Gongkai.Core.Calendar.ChinaTime.Today(clock)) || !await scope.CanAsync(agency.Id, AgencyAccess.Read, ct))
        {
            return Outcome<EditableReport>.Missing;
        }

        if (!await scope.CanAsync(agency.Id, AgencyAccess.Administer, ct) || await me.GetAsync(ct) is not { } who)
        {
            return Outcome<EditableReport>.Denied;
        }

        var report = await db.AnnualReports.SingleOrDefaultAsync(r => r.AgencyId == agency.Id && r.Year == year, ct);
        if (report is null)
        {
            report = AnnualReport.Start(agency.Id, year, clock.GetUtcNow());
            db.AnnualReports.Add(report);
        }

        return Outcome<EditableReport>.Ok(new EditableReport(agency, report, $"{who.DisplayName}（{who.UserName}）", who.UserName));
    }
}
