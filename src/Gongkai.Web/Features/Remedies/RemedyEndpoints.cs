using Gongkai.Web.Features.Accounts;

namespace Gongkai.Web.Features.Remedies;

/// <summary>The cases' JSON API (token-authenticated staff only): one named handler per route, each returning <see cref="RemedyRow"/>s.</summary>
public static class RemedyEndpoints
{
    public static void MapRemedyEndpoints(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api").RequireAuthorization(TokenAuthenticationHandler.Policy).WithTags("行政复议、行政诉讼和举报投诉");
        staff.MapGet("/agencies/{code}/remedies", ListAsync).WithSummary("本机关的行政复议、行政诉讼和举报投诉案件（按申请日期倒序）");
        staff.MapPost("/agencies/{code}/remedies", CreateAsync).WithSummary("登记行政复议、行政诉讼或举报投诉案件，可关联本机关的申请（依申请经办人）");
        staff.MapGet("/remedies/{id:int}", GetAsync).WithSummary("一件复议、诉讼或投诉案件");
        staff.MapPut("/remedies/{id:int}", UpdateAsync).WithSummary("记录审结结果（结果维持、结果纠正、其他结果）和审结日期，或更正案号、机关、摘要（依申请经办人）");
    }

    private static async Task<Results<Ok<IReadOnlyList<RemedyRow>>, ValidationProblem, NotFound, ForbidHttpResult>> ListAsync(
        string code, RemedyQueries remedies, CancellationToken ct) =>
        (await remedies.ListAsync(code, ct)).ToOk(rows => rows);

    private static async Task<Results<Created<RemedyRow>, ValidationProblem, NotFound, ForbidHttpResult>> CreateAsync(
        string code, RemedyInput input, CreateRemedyHandler handler, CancellationToken ct) =>
        (await handler.HandleAsync(code, input, ct)).ToCreated(c => $"/api/remedies/{c.Id}", c => c);

    private static async Task<Results<Ok<RemedyRow>, NotFound>> GetAsync(int id, RemedyQueries remedies, CancellationToken ct) =>
        await remedies.GetAsync(id, ct) is { } row ? TypedResults.Ok(row) : TypedResults.NotFound();

    private static async Task<Results<Ok<RemedyRow>, ValidationProblem, NotFound, ForbidHttpResult>> UpdateAsync(
        int id, RemedyUpdate input, UpdateRemedyHandler handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToOk(row => row);
}
