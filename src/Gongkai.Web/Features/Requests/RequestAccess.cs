using Gongkai.Core.Agencies;
using Gongkai.Web.Shared;

namespace Gongkai.Web.Features.Requests;

/// <summary>
/// Who may see requests (with the applicant's personal data): the agency's 依申请经办人, supervisors above it, platform
/// admins. Other staff of the same agency (editors, the agency admin) may not. Only handlers write.
/// </summary>
public static class RequestAccess
{
    public static async Task<bool> CanReadRequestsAsync(this StaffContext me, int agencyId, CancellationToken ct)
    {
        var s = await me.GetAsync(ct);
        return s is not null && (s.IsPlatformAdmin || s.Supervised.Contains(agencyId) || s.Roles.Contains((agencyId, StaffRole.RequestHandler)));
    }

    public static Task<bool> CanHandleRequestsAsync(this StaffContext me, int agencyId, CancellationToken ct) =>
        me.HasRoleAsync(agencyId, StaffRole.RequestHandler, ct);
}
