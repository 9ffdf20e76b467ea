using Gongkai.Web.Features.Accounts;

namespace Gongkai.Web.Features.Audit;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", async Task<Results<Ok<AuditPage>, ForbidHttpResult>> (
                string? agency, string? entityType, string? actor, DateOnly? from, DateOnly? to, int? page,
                AuditQuery audit, StaffContext me, TimeProvider clock, CancellationToken ct) =>
            {
                var visible = await audit.VisibleAgenciesAsync(ct);
                if (visible is { Count: 0 })
                {
                    return TypedResults.Forbid();
                }

                return TypedResults.Ok(await audit.SearchAsync(new AuditFilter(agency, entityType, actor, from, to, page ?? 1), clock, ct));
            })
            .RequireAuthorization(TokenAuthenticationHandler.Policy)
            .WithTags("审计").WithSummary("查询审计日志（只读）");
    }
}
