namespace Gongkai.Web.Features.Reports;

/// <summary>A published report as the portal lists it.</summary>
public sealed record PublishedReport(int Year, ReportStanding Standing);

/// <summary>The portal's 政府信息公开年报 column: the agency's published reports and its main figures over the years.</summary>
/// <param name="History">Every year the agency has records for, up to this year (so far).</param>
public sealed record PortalReportList(IReadOnlyList<PublishedReport> Reports, IReadOnlyList<MainFigures> History, int CurrentYear);

/// <summary>What the public sees of an agency's reports: only published ones (drafts do not exist here, even for staff).</summary>
public sealed class PortalReportsHandler(GongkaiDbContext db, ReportFactsLoader loader, TimeProvider clock)
{
    public async Task<PortalReportList> HandleAsync(Agency agency, CancellationToken ct)
    {
        var today = Gongkai.Core.Calendar.ChinaTime.Today(clock);
        var reports = (await db.AnnualReports.AsNoTracking().Where(r => r.AgencyId == agency.Id).ToListAsync(ct))
            .Select(r => new PublishedReport(r.Year, ReportDeadlines.Standing(agency.Level, r.Year, r, today)))
            .Where(r => r.Standing.Published)
            .OrderByDescending(r => r.Year)
            .ToList();
        return new PortalReportList(reports, await HistoryAsync(agency.Id, today, ct), today.Year);
    }

    private async Task<IReadOnlyList<MainFigures>> HistoryAsync(int agencyId, DateOnly today, CancellationToken ct)
    {
        var firstItem = await db.CatalogItems.Where(i => i.AgencyId == agencyId && i.PublishedAt != null).MinAsync(i => (DateTimeOffset?)i.PublishedAt, ct);
        var firstRequest = await db.Requests.Where(r => r.AgencyId == agencyId).MinAsync(r => (DateOnly?)r.ReceivedOn, ct);
        var first = Math.Max(AnnualReport.FirstYear,
            new[] { firstItem is { } fi ? Gongkai.Core.Calendar.ChinaTime.Day(fi).Year : (int?)null, firstRequest?.Year }.Where(y => y is not null).Min() ?? today.Year);
        // One load for all years: the facts are filtered by period in memory.
        var facts = await loader.LoadAsync(agencyId, new ReportPeriod(new DateOnly(first, 1, 1), new DateOnly(today.Year, 12, 31)), ct);
        return Enumerable.Range(first, Math.Max(0, today.Year - first + 1)).Select(y => MainFigures.Of(facts with { Period = ReportPeriod.Year(y) })).ToList();
    }
}
