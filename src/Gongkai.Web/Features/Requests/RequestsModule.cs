namespace Gongkai.Web.Features.Requests;

/// <summary>依申请公开: intake, the steps through the aggregate, queries, attachments and letters.</summary>
public static class RequestsModule
{
    public static IServiceCollection AddRequests(this IServiceCollection services)
    {
        services.AddScoped<RequestAccess>();
        services.AddScoped<RequestClockService>();
        services.AddScoped<RequestIntake>();
        services.AddScoped<ApplyRequestStep>();
        services.AddScoped<CorrectRequestIntake>();
        services.AddScoped<RequestQueries>();
        services.AddScoped<RequestDetails>();
        services.AddScoped<RequestAttachments>();
        services.AddScoped<RequestLetters>();
        return services;
    }

    public static IEndpointRouteBuilder MapRequests(this IEndpointRouteBuilder app)
    {
        app.MapRequestEndpoints();
        return app;
    }
}
