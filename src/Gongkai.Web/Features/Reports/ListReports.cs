namespace Gongkai.Web.Features.Reports;

/// <summary>A row of the back office's report list.</summary>
public sealed record ReportListRow(Agency Agency, int Year, ReportStanding Standing);

/// <summary>An agency whose subordinates' reports the user may see summed, for a year.</summary>
public sealed record RollupLink(Agency Agency, int Year);

public sealed record ReportList(IReadOnlyList<ReportListRow> Rows, IReadOnlyList<RollupLink> Rollups);

/// <summary>
/// The reports of every agency the user can read: last year's (the one due now, 条例第四十九条) and this year's, plus any
/// other year started; and the roll-ups the user may open. Null for someone who is not staff.
/// </summary>
public sealed class ListReportsHandler(GongkaiDbContext db, StaffContext me, AgencyScope scope, TimeProvider clock)
{
    public async Task<ReportList?> HandleAsync(CancellationToken ct)
    {
        if (await me.GetAsync(ct) is not { } s)
        {
            return null;
        }

        var today = Gongkai.Core.Calendar.ChinaTime.Today(clock);
        var all = await db.Agencies.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct);
        var visible = (await scope.VisibleAsync(AgencyAccess.Read, ct)).Select(a => a.Id).ToHashSet();
        var readable = all.Where(a => visible.Contains(a.Id)).ToList();
        var ids = readable.Select(a => a.Id).ToList();
        var reports = await db.AnnualReports.AsNoTracking().Where(r => ids.Contains(r.AgencyId)).ToListAsync(ct);
        var byKey = reports.ToDictionary(r => (r.AgencyId, r.Year));
        int[] recent = [today.Year - 1, today.Year];
        var rows = readable
            .SelectMany(a => recent.Concat(reports.Where(r => r.AgencyId == a.Id).Select(r => r.Year)).Distinct().OrderDescending()
                .Select(y => new ReportListRow(a, y, ReportDeadlines.Standing(a.Level, y, byKey.GetValueOrDefault((a.Id, y)), today))))
            .ToList();

        // 上级汇总: the agencies the user supervises (or, for a platform admin, any) that have agencies below them.
        var parents = all.Where(a => a.ParentId is not null).Select(a => a.ParentId!.Value).ToHashSet();
        var rollups = all.Where(a => parents.Contains(a.Id) && (s.IsPlatformAdmin || s.Supervised.Contains(a.Id)))
            .SelectMany(a => recent.OrderDescending().Select(y => new RollupLink(a, y)))
            .ToList();
        return new ReportList(rows, rollups);
    }
}
