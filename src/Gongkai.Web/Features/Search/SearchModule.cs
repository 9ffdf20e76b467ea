namespace Gongkai.Web.Features.Search;

/// <summary>Full-text search: this node's index, the outbox follower that feeds it, the portal and staff search.</summary>
public static class SearchModule
{
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddSingleton<SearchIndexHost>();
        services.AddHostedService<SearchFollower>();
        services.AddUseCasesOf(typeof(SearchModule));
        return services;
    }

    public static void MapSearch(this IEndpointRouteBuilder app) => app.MapSearchEndpoints();
}
