namespace Gongkai.Web.Features.Reports;

/// <summary>A row of the supervisor's overview: an agency below, where its report stands, and its figures.</summary>
public sealed record SubordinateReport(Agency Agency, ReportStanding Standing, ReportStatistics Statistics);

/// <summary>The roll-up: every agency below, and the sum of their figures in one format.</summary>
public sealed record RollupResult(IReadOnlyList<SubordinateReport> Rows, ReportStatistics Sum);

/// <summary>
/// The supervisor's roll-up (上级汇总): counties collect and publish their townships' and departments' reports. Only a
/// 上级监管 of the agency (or a platform admin) sees it; published reports count with their frozen figures.
/// </summary>
public sealed class RollupHandler(GongkaiDbContext db, StaffContext me, ReportCalculator calculator, TimeProvider clock)
{
    public async Task<Outcome<RollupResult>> HandleAsync(string agencyCode, int year, ReportFormat? format, CancellationToken ct)
    {
        var today = Gongkai.Core.Calendar.ChinaTime.Today(clock);
        var root = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == agencyCode, ct);
        if (root is null || !AnnualReport.IsReportYear(year, today))
        {
            return Outcome<RollupResult>.Missing;
        }

        var s = await me.GetAsync(ct);
        if (s is null || !(s.IsPlatformAdmin || s.Supervised.Contains(root.Id)))
        {
            return Outcome<RollupResult>.Denied;
        }

        var f = format ?? ReportDeadlines.FormatFor(year);
        var all = await db.Agencies.AsNoTracking().ToListAsync(ct);
        var below = AgencyTree.SelfAndDescendants(root.Id, all.Select(a => (a.Id, a.ParentId)));
        var reports = await db.AnnualReports.AsNoTracking().Where(r => r.Year == year && below.Contains(r.AgencyId)).ToDictionaryAsync(r => r.AgencyId, ct);
        var rows = new List<SubordinateReport>();
        foreach (var a in all.Where(a => below.Contains(a.Id) && a.Id != root.Id).OrderBy(a => a.Id))
        {
            var report = reports.GetValueOrDefault(a.Id);
            var (stats, _) = await calculator.ShownAsync(a.Id, year, report, f, ct);
            rows.Add(new SubordinateReport(a, ReportDeadlines.Standing(a.Level, year, report, today), stats));
        }

        var sum = ReportRollup.Sum(f, ReportPeriod.Year(year), rows.Select(r => (r.Agency.Name, r.Statistics)).ToList());
        return Outcome<RollupResult>.Ok(new RollupResult(rows, sum));
    }
}
