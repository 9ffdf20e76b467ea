using Gongkai.Core.Agencies;
using Gongkai.Data;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Requests.Pages;

/// <summary>The handler's (or supervisor's) queue for one agency, most urgent first.</summary>
[Authorize]
public sealed class QueueModel(GongkaiDbContext db, StaffContext me, RequestQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public IReadOnlyList<(string Code, string Name)> Agencies { get; private set; } = [];

    public IReadOnlyList<QueueRow> Rows { get; private set; } = [];

    public bool CanRegister { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var s = await me.GetAsync(ct);
        if (s is null)
        {
            return Forbid();
        }

        var all = await db.Agencies.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Code, a.Name }).ToListAsync(ct);
        var visible = new List<(int Id, string Code, string Name)>();
        foreach (var a in all)
        {
            if (await me.CanReadRequestsAsync(a.Id, ct))
            {
                visible.Add((a.Id, a.Code, a.Name));
            }
        }

        if (visible.Count == 0)
        {
            return Forbid();
        }

        Agencies = visible.Select(v => (v.Code, v.Name)).ToList();
        var chosen = visible.FirstOrDefault(v => v.Code == Agency);
        if (chosen.Code is null)
        {
            chosen = visible.FirstOrDefault(v => s.Roles.Contains((v.Id, StaffRole.RequestHandler)));
            chosen = chosen.Code is null ? visible[0] : chosen;
        }

        Agency = chosen.Code;
        CanRegister = await me.CanHandleRequestsAsync(chosen.Id, ct);
        Rows = await queries.QueueAsync(chosen.Id, openOnly: !All, ct);
        return Page();
    }
}
