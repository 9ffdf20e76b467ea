namespace Gongkai.Web.Features.Reports;

/// <summary>The admin's narrative and settings (PUT /api/agencies/{code}/reports/{year}).</summary>
public sealed record NarrativeInput(string? Overview, string? Problems, string? Other, string? CheckNotes, DateOnly? PeriodFrom = null, DateOnly? PeriodTo = null);

/// <summary>Saves 一、五、六, the 核对说明 and the period: agency admin only, refused by the report once published.</summary>
public sealed class SaveNarrativeHandler(GongkaiDbContext db, EditableReports editable, ReportViews views, TimeProvider clock)
{
    public async Task<Outcome<ReportView>> HandleAsync(string agencyCode, int year, NarrativeInput input, CancellationToken ct)
    {
        var loaded = await editable.LoadAsync(agencyCode, year, ct);
        if (loaded.Value is not { } e)
        {
            return loaded.Refused<ReportView>();
        }

        var refusals = e.Report.ReviseNarrative(
            new NarrativeRevision(input.Overview, input.Problems, input.Other, input.CheckNotes, input.PeriodFrom, input.PeriodTo), clock.GetUtcNow());
        if (refusals.Count > 0)
        {
            return Outcome<ReportView>.Fail(Validation.Of(refusals));
        }

        await db.SaveChangesAsync(ct);
        return Outcome<ReportView>.Ok(await views.BuildAsync(e.Agency, year, e.Report, null, mayEdit: true, ct));
    }
}
