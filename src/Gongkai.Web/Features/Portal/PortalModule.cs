namespace Gongkai.Web.Features.Portal;

/// <summary>The public portal: agency homes, the catalog pages and feeds, the 简/繁 switch and its cache.</summary>
public static class PortalModule
{
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddSingleton<ScriptConversion>();
        // Public catalog pages: 60 s, per agency tag, varied by the 繁體/关怀版 cookies (CatalogCache).
        services.AddOutputCache(o => o.AddPolicy(CatalogCache.PolicyName, CatalogCache.Policy));
        // A change on any node drops the agency's cached pages on every node, through the outbox.
        services.AddSingleton<PortalCacheFollower>();
        services.AddHostedService(sp => sp.GetRequiredService<PortalCacheFollower>());
        services.AddUseCasesOf(typeof(PortalModule));
        return services;
    }

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder app)
    {
        app.MapPortalEndpoints();
        app.MapCatalogPortalEndpoints();
        return app;
    }
}
