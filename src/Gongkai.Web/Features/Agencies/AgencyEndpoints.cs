using Gongkai.Core.Agencies;
using Gongkai.Web.Features.Accounts;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Features.Agencies;

public static class AgencyEndpoints
{
    public sealed record ProfileDto(string Code, string Name, string? Address, string? Phone, string? OfficeHours);

    public static void MapAgencyEndpoints(this IEndpointRouteBuilder app)
    {
        // Public: every agency's code, name, level and parent, for integrations.
        app.MapGet("/api/agencies", async (AgencyService agencies, CancellationToken ct) =>
                TypedResults.Ok(await agencies.ListAsync(ct)))
            .WithTags("机构").WithSummary("列出全部机构（公开）");

        var staff = app.MapGroup("/api/agencies").RequireAuthorization(TokenAuthenticationHandler.Policy).WithTags("机构");

        staff.MapPost("/", async Task<Results<Created<AgencyDto>, ValidationProblem, ForbidHttpResult>> (
            AgencyInput input, AgencyService agencies, StaffContext me, TimeProvider clock, CancellationToken ct) =>
        {
            if (!await me.IsPlatformAdminAsync(ct))
            {
                return TypedResults.Forbid();
            }

            var r = await agencies.CreateAsync(input, clock, ct);
            return r.Invalid is { } v
                ? v.ToProblem()
                : TypedResults.Created($"/api/agencies/{r.Value!.Code}", new AgencyDto(r.Value.Code, r.Value.Name, r.Value.Level.ToString(), r.Value.Level.Display(), input.ParentCode));
        }).WithSummary("新建机构（平台管理员）");

        staff.MapPut("/{code}", async Task<Results<Ok<AgencyDto>, ValidationProblem, NotFound, ForbidHttpResult>> (
            string code, AgencyInput input, AgencyService agencies, StaffContext me, CancellationToken ct) =>
        {
            if (!await me.IsPlatformAdminAsync(ct))
            {
                return TypedResults.Forbid();
            }

            var r = await agencies.UpdateAsync(code, input, ct);
            if (r.NotFound)
            {
                return TypedResults.NotFound();
            }

            return r.Invalid is { } v
                ? v.ToProblem()
                : TypedResults.Ok(new AgencyDto(r.Value!.Code, r.Value.Name, r.Value.Level.ToString(), r.Value.Level.Display(), input.ParentCode?.Trim()));
        }).WithSummary("修改机构名称、层级或上级（平台管理员）");

        staff.MapGet("/{code}/profile", async Task<Results<Ok<ProfileDto>, NotFound, ForbidHttpResult>> (
            string code, AgencyService agencies, StaffContext me, CancellationToken ct) =>
        {
            var a = await agencies.FindAsync(code, ct);
            if (a is null)
            {
                return TypedResults.NotFound();
            }

            return await me.CanReadAsync(a.Id, ct)
                ? TypedResults.Ok(new ProfileDto(a.Code, a.Name, a.Address, a.Phone, a.OfficeHours))
                : TypedResults.Forbid();
        }).WithSummary("机构联系信息");

        staff.MapPut("/{code}/profile", async Task<Results<Ok<ProfileDto>, ValidationProblem, NotFound, ForbidHttpResult>> (
            string code, AgencyProfileInput input, AgencyService agencies, StaffContext me, CancellationToken ct) =>
        {
            var a = await agencies.FindAsync(code, ct);
            if (a is null)
            {
                return TypedResults.NotFound();
            }

            if (!await me.HasRoleAsync(a.Id, StaffRole.AgencyAdmin, ct))
            {
                return TypedResults.Forbid();
            }

            var r = await agencies.UpdateProfileAsync(a, input, ct);
            return r.Invalid is { } v ? v.ToProblem() : TypedResults.Ok(new ProfileDto(a.Code, a.Name, a.Address, a.Phone, a.OfficeHours));
        }).WithSummary("修改机构联系信息（机构管理员）");

        staff.MapGet("/{code}/staff", async Task<Results<Ok<List<StaffSummary>>, NotFound, ForbidHttpResult>> (
            string code, AgencyService agencies, StaffAccountService accounts, StaffContext me, CancellationToken ct) =>
        {
            var a = await agencies.FindAsync(code, ct);
            if (a is null)
            {
                return TypedResults.NotFound();
            }

            return await me.CanReadAsync(a.Id, ct) ? TypedResults.Ok(await accounts.ListAsync(a.Id, ct)) : TypedResults.Forbid();
        }).WithSummary("机构工作人员列表");

        staff.MapPost("/{code}/staff", async Task<Results<Created<StaffSummary>, ValidationProblem, NotFound, ForbidHttpResult>> (
            string code, NewStaffInput input, AgencyService agencies, StaffAccountService accounts, StaffContext me, CancellationToken ct) =>
        {
            var a = await agencies.FindAsync(code, ct);
            if (a is null)
            {
                return TypedResults.NotFound();
            }

            var isPlatformAdmin = await me.IsPlatformAdminAsync(ct);
            if (!await me.HasRoleAsync(a.Id, StaffRole.AgencyAdmin, ct))
            {
                return TypedResults.Forbid();
            }

            // Only platform admins hand out platform-wide power.
            if (!isPlatformAdmin && input.Roles.Contains(StaffRole.PlatformAdmin))
            {
                return TypedResults.Forbid();
            }

            var r = await accounts.CreateAsync(new CreateStaffUser(input.UserName, input.DisplayName, input.Password, code, input.Roles), ct);
            if (r.Invalid is { } v)
            {
                return v.ToProblem();
            }

            var u = r.Value!;
            return TypedResults.Created($"/api/agencies/{code}/staff",
                new StaffSummary(u.Id, u.UserName!, u.DisplayName, code, input.Roles.Select(x => x.Display()).ToList(), false));
        }).WithSummary("新建工作人员账号（机构管理员）");
    }

    public sealed record NewStaffInput(string? UserName, string? DisplayName, string? Password, List<StaffRole> Roles);
}
