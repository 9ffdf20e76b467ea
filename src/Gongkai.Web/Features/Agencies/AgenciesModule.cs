namespace Gongkai.Web.Features.Agencies;

/// <summary>The agency tree (平台管理员) and agency profiles (机构管理员): use cases and API routes.</summary>
public static class AgenciesModule
{
    public static IServiceCollection AddAgencies(this IServiceCollection services) => services.AddUseCasesOf(typeof(AgenciesModule));

    public static void MapAgencies(this IEndpointRouteBuilder app) => app.MapAgencyEndpoints();
}
