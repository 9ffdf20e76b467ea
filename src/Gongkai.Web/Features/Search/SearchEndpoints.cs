using Gongkai.Search;

namespace Gongkai.Web.Features.Search;

public static class SearchEndpoints
{
    public static void MapSearchEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/search", async Task<Results<Ok<SearchResult>, ValidationProblem>> (
            [AsParameters] SearchForm form, PortalSearch search, CancellationToken ct) =>
        {
            var r = await search.SearchAsync(form, ct);
            return r.Problem is { } p ? new Validation().Add("q", p).ToProblem() : TypedResults.Ok(r);
        }).RequireRateLimiting(GongkaiServices.SearchPolicy).RequireAuthorization(GongkaiServices.OptionalStaffPolicy).WithTags("搜索").WithSummary("全文检索已公开信息（简繁通搜；q 为检索词，可按机构、栏目、主题、日期、文号、类型筛选）");
}
