namespace Gongkai.Web.Features.Admin.Pages;

[Authorize]
public sealed class DashboardModel(StaffContext me, GongkaiDbContext db) : PageModel
{
    public sealed record RoleRow(string Agency, string Role);

    public sealed record AgencyRow(string Code, string Name, bool CanManage);

    public IReadOnlyList<RoleRow> Roles { get; private set; } = [];

    public IReadOnlyList<AgencyRow> Readable { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var s = (await me.GetAsync(ct))!;
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Level).ThenBy(a => a.Id).ToListAsync(ct);
        var names = agencies.ToDictionary(a => a.Id, a => a.Name);
        Roles = s.Roles.Select(r => new RoleRow(names[r.AgencyId], r.Role.Display())).ToList();
        Readable = agencies.Where(a => s.Readable.Contains(a.Id))
            .Select(a => new AgencyRow(a.Code, a.Name, s.IsPlatformAdmin || s.Roles.Contains((a.Id, StaffRole.AgencyAdmin))))
            .ToList();
    }
}
