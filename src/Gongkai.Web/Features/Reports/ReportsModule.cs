namespace Gongkai.Web.Features.Reports;

/// <summary>The annual report feature (条例第四十九、五十条): its use cases, pages' helpers and API routes.</summary>
public static class ReportsModule
{
    public static IServiceCollection AddReports(this IServiceCollection services) => services.AddUseCasesOf(typeof(ReportsModule));

    public static void MapReports(this IEndpointRouteBuilder app) => app.MapReportEndpoints();
}
