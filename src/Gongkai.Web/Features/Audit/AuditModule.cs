namespace Gongkai.Web.Features.Audit;

/// <summary>The audit log: who changed what, when, from where (read-only here; rows are written by the DbContext).</summary>
public static class AuditModule
{
    public static IServiceCollection AddAudit(this IServiceCollection services) => services.AddUseCasesOf(typeof(AuditModule));

    public static void MapAudit(this IEndpointRouteBuilder app) => app.MapAuditEndpoints();
}
