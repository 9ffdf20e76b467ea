namespace Gongkai.Web.Features.Requests;

/// <summary>依申请公开: intake, the steps through the aggregate, queries, attachments and letters.</summary>
public static class RequestsModule
{
    public static IServiceCollection AddRequests(this IServiceCollection services) => services.AddUseCasesOf(typeof(RequestsModule));

    public static void MapRequests(this IEndpointRouteBuilder app) => app.MapRequestEndpoints();
}
