namespace Gongkai.Web.Features.Reports;

/// <summary>The statistics of an agency-year: live from the records, or the copy frozen when the report was published.</summary>
public sealed class ReportCalculator(GongkaiDbContext db, ReportFactsLoader loader)
{
    /// <summary>Live statistics of an agency-period in a format (last year's 结转下年度 checked against this year's 上年结转).</summary>
    public async Task<ReportStatistics> ComputeAsync(int agencyId, ReportPeriod period, ReportFormat format, CancellationToken ct)
    {
        var facts = await loader.LoadAsync(agencyId, period, ct);
        ReportStatistics? previous = null;
        var lastYear = period.To.Year - 1;
        if (format != ReportFormat.Legacy && ReportDeadlines.FormatFor(lastYear) != ReportFormat.Legacy)
        {
            // Last year as published if it was (what the public read), else as the records give it now.
            var published = await db.AnnualReports.AsNoTracking()
                .SingleOrDefaultAsync(r => r.AgencyId == agencyId && r.Year == lastYear && r.Status == ReportStatus.Published, ct);
            previous = published?.FrozenStatistics()
                ?? ReportEngine.Compute(ReportDeadlines.FormatFor(lastYear), await loader.LoadAsync(agencyId, ReportPeriod.Year(lastYear), ct));
        }

        return ReportEngine.Compute(format, facts, previous);
    }

    /// <summary>
    /// The statistics a report shows in <paramref name="format"/>: the frozen copy once published (in the report's own
    /// format; another format is a reference view computed from today's records), else computed live for its period.
    /// </summary>
    public async Task<(ReportStatistics Statistics, bool Frozen)> ShownAsync(int agencyId, int year, AnnualReport? report, ReportFormat format, CancellationToken ct)
    {
        if (report is not null && report.Format == format && report.FrozenStatistics() is { } frozen)
        {
            return (frozen, true);
        }

        return (await ComputeAsync(agencyId, report?.Period ?? ReportPeriod.Year(year), format, ct), false);
    }
}
