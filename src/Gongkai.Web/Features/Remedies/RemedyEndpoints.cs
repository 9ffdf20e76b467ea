using Gongkai.Web.Features.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Features.Remedies;

public static class RemedyEndpoints
{
    public static void MapRemedyEndpoints(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api").RequireAuthorization(TokenAuthenticationHandler.Policy).WithTags("行政复议、行政诉讼和举报投诉");

        staff.MapGet("/agencies/{code}/remedies", async Task<Results<Ok<IReadOnlyList<RemedyRow>>, NotFound, ForbidHttpResult>> (
            string code, RemedyService remedies, CancellationToken ct) =>
        {
            var r = await remedies.ListAsync(code, ct);
            if (r.NotFound)
            {
                return TypedResults.NotFound();
            }

            return r.Forbidden ? TypedResults.Forbid() : TypedResults.Ok(r.Value!);
        }).WithSummary("本机关的行政复议、行政诉讼和举报投诉案件（按申请日期倒序）");

        staff.MapPost("/agencies/{code}/remedies", async Task<Results<Created<RemedyRow>, ValidationProblem, NotFound, ForbidHttpResult>> (
            string code, RemedyInput input, RemedyService remedies, CancellationToken ct) =>
        {
            var r = await remedies.CreateAsync(code, input, ct);
            if (r.NotFound)
            {
                return TypedResults.NotFound();
            }

            if (r.Forbidden)
            {
                return TypedResults.Forbid();
            }

            return r.Invalid is { } v ? v.ToProblem() : TypedResults.Created($"/api/remedies/{r.Value!.Id}", r.Value);
        }).WithSummary("登记行政复议、行政诉讼或举报投诉案件，可关联本机关的申请（依申请经办人）");

        staff.MapGet("/remedies/{id:int}", async Task<Results<Ok<RemedyRow>, NotFound>> (
            int id, RemedyService remedies, CancellationToken ct) =>
        {
            var r = await remedies.GetAsync(id, ct);
            return r is null ? TypedResults.NotFound() : TypedResults.Ok(r);
        }).WithSummary("一件复议、诉讼或投诉案件");

        staff.MapPut("/remedies/{id:int}", async Task<Results<Ok<RemedyRow>, ValidationProblem, NotFound, ForbidHttpResult>> (
            int id, RemedyUpdate input, RemedyService remedies, CancellationToken ct) =>
        {
            var r = await remedies.UpdateAsync(id, input, ct);
            if (r.NotFound)
            {
                return TypedResults.NotFound();
            }

            if (r.Forbidden)
            {
                return TypedResults.Forbid();
            }

            return r.Invalid is { } v ? v.ToProblem() : TypedResults.Ok(r.Value!);
        }).WithSummary("记录审结结果（结果维持、结果纠正、其他结果）和审结日期，或更正案号、机关、摘要（依申请经办人）");
    }
}
