using Gongkai.Web.Features.Accounts;

namespace Gongkai.Web.Features.Agencies;

/// <summary>The agencies' JSON API: one named handler per route, each returning typed records.</summary>
public static class AgencyEndpoints
{
    public sealed record NewStaffInput(string? UserName, string? DisplayName, string? Password, List<StaffRole> Roles);

    public static void MapAgencyEndpoints(this IEndpointRouteBuilder app)
    {
        // Public: every agency's code, name, level and parent, for integrations.
        app.MapGet("/api/agencies", ListAsync).WithTags("机构").WithSummary("列出全部机构（公开）");

        var staff = app.MapGroup("/api/agencies").RequireAuthorization(TokenAuthenticationHandler.Policy).WithTags("机构");
        staff.MapPost("/", CreateAsync).WithSummary("新建机构（平台管理员）");
        staff.MapPut("/{code}", UpdateAsync).WithSummary("修改机构名称、层级或上级（平台管理员）");
        staff.MapGet("/{code}/profile", GetProfileAsync).WithSummary("机构联系信息");
        staff.MapPut("/{code}/profile", UpdateProfileAsync).WithSummary("修改机构联系信息（机构管理员）");
        staff.MapGet("/{code}/staff", ListStaffAsync).WithSummary("机构工作人员列表");
        staff.MapPost("/{code}/staff", CreateStaffAsync).WithSummary("新建工作人员账号（机构管理员）");
    }

    private static async Task<Ok<List<AgencyDto>>> ListAsync(AgencyQueries agencies, CancellationToken ct) =>
        TypedResults.Ok(await agencies.ListAsync(ct));

    private static async Task<Results<Created<AgencyDto>, ValidationProblem, NotFound, ForbidHttpResult>> CreateAsync(
        AgencyInput input, CreateAgencyHandler handler, CancellationToken ct) =>
        (await handler.HandleAsync(input, ct)).ToCreated(a => $"/api/agencies/{a.Code}", a => AgencyDto.Of(a, a.Parent?.Code));

    private static async Task<Results<Ok<AgencyDto>, ValidationProblem, NotFound, ForbidHttpResult>> UpdateAsync(
        string code, AgencyInput input, UpdateAgencyHandler handler, CancellationToken ct) =>
        (await handler.HandleAsync(code, input, ct)).ToOk(a => AgencyDto.Of(a, a.Parent?.Code));

    private static async Task<Results<Ok<ProfileDto>, NotFound, ForbidHttpResult>> GetProfileAsync(
        string code, AgencyQueries agencies, AgencyScope scope, CancellationToken ct)
    {
        if (await agencies.FindAsync(code, ct) is not { } a)
        {
            return TypedResults.NotFound();
        }

        return await scope.CanAsync(a.Id, AgencyAccess.Read, ct) ? TypedResults.Ok(ProfileDto.Of(a)) : TypedResults.Forbid();
    }

    private static async Task<Results<Ok<ProfileDto>, ValidationProblem, NotFound, ForbidHttpResult>> UpdateProfileAsync(
        string code, AgencyProfileInput input, UpdateAgencyProfileHandler handler, CancellationToken ct) =>
        (await handler.HandleAsync(code, input, ct)).ToOk(ProfileDto.Of);

    private static async Task<Results<Ok<List<StaffSummary>>, NotFound, ForbidHttpResult>> ListStaffAsync(
        string code, AgencyQueries agencies, StaffAccountService accounts, AgencyScope scope, CancellationToken ct)
    {
        if (await agencies.FindAsync(code, ct) is not { } a)
        {
            return TypedResults.NotFound();
        }

        return await scope.CanAsync(a.Id, AgencyAccess.Read, ct) ? TypedResults.Ok(await accounts.ListAsync(a.Id, ct)) : TypedResults.Forbid();
    }

    private static async Task<Results<Created<StaffSummary>, ValidationProblem, NotFound, ForbidHttpResult>> CreateStaffAsync(
        string code, NewStaffInput input, AgencyQueries agencies, StaffAccountService accounts, AgencyScope scope, CancellationToken ct)
    {
        if (await agencies.FindAsync(code, ct) is not { } a)
        {
            return TypedResults.NotFound();
        }

        var isPlatformAdmin = await scope.IsPlatformAdminAsync(ct);
        if (!await scope.CanAsync(a.Id, AgencyAccess.Administer, ct))
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
    }
}
