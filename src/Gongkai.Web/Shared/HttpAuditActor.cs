using System.Security.Claims;

namespace Gongkai.Web.Shared;

/// <summary>The signed-in staff member (cookie or API token) behind a change, for the audit log.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public int? UserId =>
        int.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>The user name; "public" for an anonymous web request; "system" outside any request (start-up seeding).</summary>
    public string Name =>
        accessor.HttpContext is null ? "system"
        : User?.Identity?.IsAuthenticated == true ? User.Identity.Name ?? "staff"
        : "public";

    public string? RemoteIp => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
