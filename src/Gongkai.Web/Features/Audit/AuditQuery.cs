using Gongkai.Core.Auditing;

namespace Gongkai.Web.Features.Audit;

public sealed record AuditFilter(string? Agency, string? EntityType, string? Actor, DateOnly? From, DateOnly? To, int Page = 1)
{
    /// <summary>Field errors for dates outside 1949–2100 (they would also overflow the Beijing-day conversion).</summary>
    public Validation Check()
    {
        var v = new Validation();
        if (From is { } from && DateBounds.Problem(from, "起始日期") is { } f)
        {
            v.Add("from", f);
        }

        if (To is { } to && DateBounds.Problem(to, "截止日期") is { } t)
        {
            v.Add("to", t);
        }

        return v;
    }
}

public sealed record AuditRow(long Id, DateTimeOffset At, string Actor, string? AgencyCode, string EntityType, string EntityId, string Action, string? Before, string? After, string? RemoteIp);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Page, int PageSize, int Total);

/// <summary>
/// Read-only browsing of the audit log. Platform admins see everything; an agency admin sees their agency;
/// a supervisor sees their agency and its subordinates. Nothing here writes.
/// </summary>
public sealed class AuditQuery(GongkaiDbContext db, StaffContext me)
{
    public const int PageSize = 50;

    /// <summary>The agencies whose audit entries the current user may read, or null for all (platform admin).</summary>
    public async Task<IReadOnlySet<int>?> VisibleAgenciesAsync(CancellationToken ct = default)
    {
        var s = await me.GetAsync(ct);
        if (s is null)
        {
            return new HashSet<int>();
        }

        if (s.IsPlatformAdmin)
        {
            return null;
        }

        var visible = s.Roles.Where(r => r.Role == StaffRole.AgencyAdmin).Select(r => r.AgencyId).ToHashSet();
        visible.UnionWith(s.Supervised);
        return visible;
    }

    public async Task<AuditPage> SearchAsync(AuditFilter f, TimeProvider clock, CancellationToken ct = default)
    {
        var visible = await VisibleAgenciesAsync(ct);
        IQueryable<AuditEntry> q = db.AuditEntries.AsNoTracking();
        if (visible is not null)
        {
            var ids = visible.ToList();
            q = q.Where(e => e.AgencyId != null && ids.Contains(e.AgencyId.Value));
        }

        if (!string.IsNullOrWhiteSpace(f.Agency))
        {
            var agencyId = await db.Agencies.Where(a => a.Code == f.Agency).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
            q = q.Where(e => e.AgencyId == agencyId);
        }

        if (!string.IsNullOrWhiteSpace(f.EntityType))
        {
            q = q.Where(e => e.EntityType == f.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(f.Actor))
        {
            q = q.Where(e => e.Actor == f.Actor);
        }

        // Dates are China Standard Time days (UTC+8) as staff think of them.
        if (f.From is { } from)
        {
            var start = Gongkai.Core.Calendar.ChinaTime.At(from, TimeOnly.MinValue);
            q = q.Where(e => e.At >= start);
        }

        if (f.To is { } to)
        {
            var end = Gongkai.Core.Calendar.ChinaTime.At(to.AddDays(1), TimeOnly.MinValue);
            q = q.Where(e => e.At < end);
        }

        var total = await q.CountAsync(ct);
        var page = Math.Max(1, f.Page);
        var rows = await q.OrderByDescending(e => e.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var codes = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code, ct);
        return new AuditPage(
            rows.Select(e => new AuditRow(e.Id, e.At, e.Actor, e.AgencyId is { } id && codes.TryGetValue(id, out var c) ? c : null,
                e.EntityType, e.EntityId, e.Action, e.Before, e.After, e.RemoteIp)).ToList(),
            page, PageSize, total);
    }
}
