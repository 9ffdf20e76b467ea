using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Gongkai.Web.Features.Portal;

/// <summary>
/// The one definition of how the public catalog pages are cached and evicted. <see cref="PortalCacheFollower"/> calls
/// <see cref="EvictAsync"/> for every catalog change in the outbox, on every node, so a withdrawn item disappears within
/// a second, not after the 60 s.
/// </summary>
public static class CatalogCache
{
    public const string PolicyName = "catalog";

    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);

    public static IOutputCachePolicy Policy { get; } = new CatalogCachePolicy();

    /// <summary>The tag every cached catalog response of the agency carries.</summary>
    public static string Tag(string agencyCode) => "catalog:" + agencyCode;

    public static ValueTask EvictAsync(IOutputCacheStore store, string agencyCode, CancellationToken ct) =>
        store.EvictByTagAsync(Tag(agencyCode), ct);
}

/// <summary>
/// Like the framework's default policy (GET/HEAD only, 200 only, never for an authenticated user or a response that
/// sets a cookie), plus: a tag per agency, and a separate entry per 繁體/关怀版 preference. The preferences live in
/// cookies that the default key ignores, so without the vary a Traditional reader would be served a Simplified page
/// (or the other way round). The cache sits outside the script-conversion middleware, so a Traditional entry holds the
/// already converted page and a hit skips the conversion too.
/// </summary>
internal sealed class CatalogCachePolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var code = request.RouteValues["agency"] as string;
        // Staff see the portal fresh and their responses are never stored (the default policy's rule, restated
        // here because a custom policy replaces it).
        var attempt = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && StringValues.IsNullOrEmpty(request.Headers.Authorization)
            && http.User.Identity?.IsAuthenticated != true
            && !string.IsNullOrEmpty(code);

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = CatalogCache.Duration;
        context.CacheVaryByRules.QueryKeys = "*";

        // Normalised values: a junk cookie value shares the entry of the preference it means.
        var prefs = http.PortalPrefs();
        context.CacheVaryByRules.VaryByValues["script"] = prefs.Traditional ? "hant" : "hans";
        context.CacheVaryByRules.VaryByValues["care"] = prefs.Care ? "1" : "0";
        if (!string.IsNullOrEmpty(code))
        {
            context.Tags.Add(CatalogCache.Tag(code));
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // 404 and 410 (withdrawn) are not stored: a page that comes back after a fix must show at once.
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
