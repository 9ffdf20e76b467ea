namespace Gongkai.Web.Features.Reports;

/// <summary>The generated first draft of 一、总体情况 from the figures (counts, shares, change on last year); never saved by itself.</summary>
public sealed class DraftOverviewHandler(GongkaiDbContext db, ReportFactsLoader loader)
{
    public async Task<string> HandleAsync(ReportView view, CancellationToken ct)
    {
        var (agency, report) = (view.Agency, view.Report);
        var now = MainFigures.Of(await loader.LoadAsync(agency.Id, report.Period, ct));
        var before = MainFigures.Of(await loader.LoadAsync(agency.Id, ReportPeriod.Year(report.Year - 1), ct));
        // "Change on last year" only where there was a last year on the platform; otherwise every figure would be "new".
        var yearStart = ChinaTime.At(new DateOnly(report.Year, 1, 1), TimeOnly.MinValue);
        var hasHistory = await db.CatalogItems.AnyAsync(i => i.AgencyId == agency.Id && i.PublishedAt != null && i.PublishedAt < yearStart, ct)
            || await db.Requests.AnyAsync(r => r.AgencyId == agency.Id && r.ReceivedOn < report.PeriodFrom, ct);
        return ReportNarrative.DraftOverview(agency.Name, report.Period, now, hasHistory ? before : null);
    }
}
