namespace Gongkai.Web.Shared;

/// <summary>An agency as pages and endpoints need it after the look-up by its URL code.</summary>
public sealed record AgencyRef(int Id, string Code, string Name, int? ParentId);

/// <summary>What a user wants to do in an agency; each maps to one rule in <see cref="AgencyScope.CanAsync"/>.</summary>
public enum AgencyAccess
{
    /// <summary>See the agency's records (not requests): its own staff, supervisors above it, platform admins.</summary>
    Read,

    /// <summary>See requests with the applicant's personal data: the agency's 依申请经办人, supervisors above it, platform admins.</summary>
    ReadRequests,

    /// <summary>Write requests and remedies: the agency's 依申请经办人 (and platform admins).</summary>
    HandleRequests,

    /// <summary>Draft catalog items, channels and engagement: 信息编辑.</summary>
    Edit,

    /// <summary>保密审查: 保密审查员.</summary>
    Review,

    /// <summary>审批, publish, withdraw: 审批人.</summary>
    Approve,

    /// <summary>Profile, columns, letters, report narrative and figures, staff: 机构管理员.</summary>
    Administer,
}

/// <summary>The outcome of resolving an agency code for an access: found and allowed, unknown, or not allowed.</summary>
public enum ScopeCheck
{
    Allowed,
    NotFound,
    Forbidden,
}

/// <summary>
/// The one answer to "which agencies may this user read or write, in which role" (DESIGN.md §1), used by every page and
/// endpoint: staff act in their agency by their roles; a 上级监管 reads every agency below theirs and writes nothing
/// there; a 平台管理员 does everything. Agencies are looked up by code here, once, not by hand in each use case.
/// </summary>
public sealed class AgencyScope(GongkaiDbContext db, StaffContext me)
{
    private IReadOnlyList<AgencyRef>? visible;

    public Task<AgencyRef?> FindAsync(string? code, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(code) || code.Length > Agency.MaxCodeLength
            ? Task.FromResult<AgencyRef?>(null)
            : db.Agencies.AsNoTracking().Where(a => a.Code == code).Select(a => new AgencyRef(a.Id, a.Code, a.Name, a.ParentId)).FirstOrDefaultAsync(ct);

    public async Task<bool> CanAsync(int agencyId, AgencyAccess access, CancellationToken ct) => Allows(await me.GetAsync(ct), agencyId, access);

    /// <summary>The rule itself, for a user already loaded.</summary>
    public static bool Allows(StaffContext.Loaded? s, int agencyId, AgencyAccess access) => s is not null && (s.IsPlatformAdmin || access switch
    {
        AgencyAccess.Read => s.Readable.Contains(agencyId),
        AgencyAccess.ReadRequests => s.Supervised.Contains(agencyId) || s.Roles.Contains((agencyId, StaffRole.RequestHandler)),
        _ => s.Roles.Contains((agencyId, RoleFor(access))),
    });

    /// <summary>Looks up <paramref name="code"/> and checks <paramref name="access"/>: the agency, or why not.</summary>
    public async Task<(AgencyRef? Agency, ScopeCheck Check)> ResolveAsync(string? code, AgencyAccess access, CancellationToken ct)
    {
        var agency = await FindAsync(code, ct);
        if (agency is null)
        {
            return (null, ScopeCheck.NotFound);
        }

        return await CanAsync(agency.Id, access, ct) ? (agency, ScopeCheck.Allowed) : (null, ScopeCheck.Forbidden);
    }

    /// <summary>
    /// The agency a back-office page acts in: the one named by <paramref name="code"/>, or the user's own when the page
    /// was opened without one; null when that agency does not exist or the user may not access it so.
    /// </summary>
    public async Task<AgencyRef?> ChooseAsync(string? code, AgencyAccess access, CancellationToken ct)
    {
        if (code is not null)
        {
            return (await ResolveAsync(code, access, ct)).Agency;
        }

        var home = (await me.GetAsync(ct))?.HomeAgencyId;
        var agency = home is null ? null : await db.Agencies.AsNoTracking().Where(a => a.Id == home)
            .Select(a => new AgencyRef(a.Id, a.Code, a.Name, a.ParentId)).FirstOrDefaultAsync(ct);
        return agency is not null && await CanAsync(agency.Id, access, ct) ? agency : null;
    }

    /// <summary>The same as an outcome for a use case: missing, denied, or the agency.</summary>
    public async Task<Outcome<AgencyRef>> AuthorizeAsync(string? code, AgencyAccess access, CancellationToken ct)
    {
        var (agency, check) = await ResolveAsync(code, access, ct);
        return check switch
        {
            ScopeCheck.Allowed => Outcome<AgencyRef>.Ok(agency!),
            ScopeCheck.Forbidden => Outcome<AgencyRef>.Denied,
            _ => Outcome<AgencyRef>.Missing,
        };
    }

    /// <summary>The agencies this user may access so, in order of creation (the "agencies I may see" picker).</summary>
    public async Task<IReadOnlyList<AgencyRef>> VisibleAsync(AgencyAccess access, CancellationToken ct)
    {
        var s = await me.GetAsync(ct);
        if (s is null)
        {
            return [];
        }

        visible ??= await db.Agencies.AsNoTracking().Where(a => s.Readable.Contains(a.Id)).OrderBy(a => a.Id)
            .Select(a => new AgencyRef(a.Id, a.Code, a.Name, a.ParentId)).ToListAsync(ct);
        return visible.Where(a => Allows(s, a.Id, access)).ToList();
    }

    /// <summary>
    /// The agency a page shows: the one asked for if accessible, else the first where the user holds
    /// <paramref name="prefer"/> (a handler's own queue before a supervised one), else the user's own, else the first.
    /// </summary>
    public async Task<AgencyRef?> PickAsync(string? code, AgencyAccess access, CancellationToken ct, AgencyAccess? prefer = null)
    {
        var all = await VisibleAsync(access, ct);
        var s = await me.GetAsync(ct);
        return all.FirstOrDefault(a => a.Code == code)
            ?? (prefer is { } p ? all.FirstOrDefault(a => Allows(s, a.Id, p) && !s!.IsPlatformAdmin) : null)
            ?? all.FirstOrDefault(a => a.Id == s?.HomeAgencyId)
            ?? all.FirstOrDefault();
    }

    public async Task<bool> IsPlatformAdminAsync(CancellationToken ct) => (await me.GetAsync(ct))?.IsPlatformAdmin == true;

    /// <summary>The access a staff role grants (the review chain names roles; this names what they may do).</summary>
    public static AgencyAccess AccessFor(StaffRole role) => role switch
    {
        StaffRole.RequestHandler => AgencyAccess.HandleRequests,
        StaffRole.Editor => AgencyAccess.Edit,
        StaffRole.Reviewer => AgencyAccess.Review,
        StaffRole.Approver => AgencyAccess.Approve,
        StaffRole.AgencyAdmin => AgencyAccess.Administer,
        _ => AgencyAccess.Read,
    };

    private static StaffRole RoleFor(AgencyAccess access) => access switch
    {
        AgencyAccess.HandleRequests => StaffRole.RequestHandler,
        AgencyAccess.Edit => StaffRole.Editor,
        AgencyAccess.Review => StaffRole.Reviewer,
        AgencyAccess.Approve => StaffRole.Approver,
        AgencyAccess.Administer => StaffRole.AgencyAdmin,
        _ => throw new ArgumentOutOfRangeException(nameof(access), access, null),
    };
}
