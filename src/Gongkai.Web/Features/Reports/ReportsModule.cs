namespace Gongkai.Web.Features.Reports;

/// <summary>The annual report feature (条例第四十九、五十条): its use cases, pages' helpers and API routes.</summary>
public static class ReportsModule
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<ReportFactsLoader>();
        services.AddScoped<ReportCalculator>();
        services.AddScoped<ReportViews>();
        services.AddScoped<ReportDrillDown>();
        services.AddScoped<EditableReports>();
        services.AddScoped<GetReportHandler>();
        services.AddScoped<ListReportsHandler>();
        services.AddScoped<PortalReportsHandler>();
        services.AddScoped<SaveNarrativeHandler>();
        services.AddScoped<SaveFiguresHandler>();
        services.AddScoped<PublishReportHandler>();
        services.AddScoped<DraftOverviewHandler>();
        services.AddScoped<RollupHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        app.MapReportEndpoints();
        return app;
    }
}
