namespace Gongkai.Web.Features.Admin.Pages;

[Authorize]
public sealed class DashboardModel(StaffContext me, AgencyScope scope, GongkaiDbContext db) : PageModel
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
        var visible = (await scope.VisibleAsync(AgencyAccess.Read, ct)).Select(a => a.Id).ToHashSet();
        var admin = (await scope.VisibleAsync(AgencyAccess.Administer, ct)).Select(a => a.Id).ToHashSet();
        Readable = agencies.Where(a => visible.Contains(a.Id)).Select(a => new AgencyRow(a.Code, a.Name, admin.Contains(a.Id))).ToList();
    }
}
