using System.Security.Claims;

namespace Gongkai.Web.Shared;

/// <summary>
/// What the current staff member may see and do. Loaded from the database once per request, so a role taken away
/// takes effect at once (claims in a cookie would lag). Isolation rule (DESIGN.md §1): staff read and write their own
/// agency's records according to their roles; a 上级监管 also reads, never writes, every agency below theirs;
/// a 平台管理员 manages everything.
/// </summary>
public sealed class StaffContext(GongkaiDbContext db, IHttpContextAccessor accessor)
{
    private Loaded? loaded;

    public sealed record Loaded(
        int UserId,
        string UserName,
        string DisplayName,
        int HomeAgencyId,
        IReadOnlyList<(int AgencyId, StaffRole Role)> Roles,
        IReadOnlySet<int> Readable,
        IReadOnlySet<int> Supervised,
        bool IsPlatformAdmin);

    public int? UserId =>
        int.TryParse(accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public async Task<Loaded?> GetAsync(CancellationToken ct = default)
    {
        if (loaded is not null)
        {
            return loaded;
        }

        if (UserId is not { } uid)
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().Include(u => u.Roles).FirstOrDefaultAsync(u => u.Id == uid, ct);
        if (user is null)
        {
            return null;
        }

        var roles = user.Roles.Select(r => (r.AgencyId, r.Role)).ToList();
        var isPlatformAdmin = roles.Any(r => r.Role == StaffRole.PlatformAdmin);
        var tree = await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.ParentId }).ToListAsync(ct);
        var edges = tree.Select(a => (a.Id, a.ParentId)).ToList();
        var readable = new HashSet<int>();
        var supervised = new HashSet<int>();
        if (isPlatformAdmin)
        {
            readable.UnionWith(tree.Select(a => a.Id));
        }

        foreach (var (agencyId, role) in roles)
        {
            readable.Add(agencyId);
            if (role == StaffRole.Supervisor)
            {
                supervised.UnionWith(AgencyTree.SelfAndDescendants(agencyId, edges));
            }
        }

        readable.UnionWith(supervised);
        loaded = new Loaded(user.Id, user.UserName ?? "", user.DisplayName, user.AgencyId, roles, readable, supervised, isPlatformAdmin);
        return loaded;
    }
}
