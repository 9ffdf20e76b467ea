using Gongkai.Core.Agencies;
using Gongkai.Core.Reports;
using Gongkai.Data;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports.Pages;

/// <summary>The annual reports of every agency the user can read: last year's and this year's, plus any other year started.</summary>
[Authorize]
public sealed class ReportsModel(GongkaiDbContext db, StaffContext me, TimeProvider clock) : PageModel
{
    public sealed record Row(Agency Agency, int Year, ReportStatus? Status, DateOnly DueOn, ReportTiming Timing, int DaysLeft, DateTimeOffset? PublishedAt);

    public sealed record RollupLink(Agency Agency, int Year);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<RollupLink> Rollups { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var s = await me.GetAsync(ct);
        if (s is null)
        {
            return Forbid();
        }

        Today = Gongkai.Core.Calendar.ChinaTime.Day(clock.GetUtcNow());
        var all = await db.Agencies.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct);
        var readable = all.Where(a => s.Readable.Contains(a.Id)).ToList();
        var ids = readable.Select(a => a.Id).ToList();
        var reports = await db.AnnualReports.AsNoTracking().Where(r => ids.Contains(r.AgencyId)).ToListAsync(ct);
        var byKey = reports.ToDictionary(r => (r.AgencyId, r.Year));
        int[] recent = [Today.Year - 1, Today.Year];
        var rows = new List<Row>();
        foreach (var a in readable)
        {
            var years = recent.Concat(reports.Where(r => r.AgencyId == a.Id).Select(r => r.Year)).Distinct().OrderDescending();
            foreach (var y in years)
            {
                byKey.TryGetValue((a.Id, y), out var r);
                var due = ReportDeadlines.DueOn(a.Level, y);
                rows.Add(new Row(a, y, r?.Status, due, ReportService.TimingOf(r, due, Today), due.DayNumber - Today.DayNumber, r?.PublishedAt));
            }
        }

        Rows = rows;

        // 上级汇总: the agencies the user supervises (or, for a platform admin, any) that have agencies below them.
        var parents = all.Where(a => a.ParentId is not null).Select(a => a.ParentId!.Value).ToHashSet();
        Rollups = all.Where(a => parents.Contains(a.Id) && (s.IsPlatformAdmin || s.Supervised.Contains(a.Id)))
            .SelectMany(a => recent.OrderDescending().Select(y => new RollupLink(a, y)))
            .ToList();
        return Page();
    }
}
