using Gongkai.Web.Features.Accounts;

namespace Gongkai.Web.Features.Audit;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", async Task<Results<Ok<AuditPage>, ValidationProblem, ForbidHttpResult>> (
                string? agency, string? entityType, string? actor, DateOnly? from, DateOnly? to, int? page,
                AuditQuery audit, StaffContext me, TimeProvider clock, CancellationToken ct) =>
            {
                var visible = await audit.VisibleAgenciesAsync(ct);
                if (visible is { Count: 0 })
                {
                    return TypedResults.Forbid();
                }

                var filter = new AuditFilter(agency, entityType, actor, from, to, page ?? 1);
                return filter.Check() is { IsValid: false } invalid ? invalid.ToProblem() : TypedResults.Ok(await audit.SearchAsync(filter, clock, ct));
            })
            .RequireAuthorization(TokenAuthenticationHandler.Policy)
            .WithTags("审计").WithSummary("查询审计日志（只读）");
    }
}
