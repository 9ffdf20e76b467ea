namespace Gongkai.Web.Features.Reports;

/// <summary>
/// Enters the figures the records cannot give (PUT …/figures; blank = unchanged): agency admin only, each entry kept
/// with who and when, refused as a whole when one value is bad and by the report once published.
/// </summary>
public sealed class SaveFiguresHandler(GongkaiDbContext db, EditableReports editable, ReportViews views, TimeProvider clock)
{
    public async Task<Outcome<ReportView>> HandleAsync(string agencyCode, int year, IReadOnlyDictionary<string, string?> values, CancellationToken ct)
    {
        var loaded = await editable.LoadAsync(agencyCode, year, ct);
        if (loaded.Value is not { } e)
        {
            return loaded.Refused<ReportView>();
        }

        var entry = e.Report.EnterFigures(values, await StoredAsync(e.Agency.Id, year, ct), e.Editor, clock.GetUtcNow());
        if (entry.Refusals.Count > 0)
        {
            return Outcome<ReportView>.Fail(Validation.Of(entry.Refusals));
        }

        db.ReportFigures.AddRange(entry.Added);
        await db.SaveChangesAsync(ct);
        return Outcome<ReportView>.Ok(await views.BuildAsync(e.Agency, year, e.Report, null, mayEdit: true, ct));
    }

    /// <summary>The current value of each figure of an agency-year (the latest entry per key), with who entered it.</summary>
    public async Task<IReadOnlyDictionary<string, ReportFigure>> CurrentAsync(int agencyId, int year, CancellationToken ct) =>
        ReportFigure.Latest(await StoredAsync(agencyId, year, ct));

    private async Task<List<ReportFigure>> StoredAsync(int agencyId, int year, CancellationToken ct) =>
        await db.ReportFigures.AsNoTracking().Where(f => f.AgencyId == agencyId && f.Year == year).ToListAsync(ct);
}
