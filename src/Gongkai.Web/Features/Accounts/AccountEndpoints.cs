namespace Gongkai.Web.Features.Accounts;

public static class AccountEndpoints
{
    public sealed record RoleDto(string Agency, string Role, string RoleName);

    public sealed record MeDto(int Id, string UserName, string DisplayName, string Agency, IReadOnlyList<RoleDto> Roles, IReadOnlyList<string> ReadableAgencies);

    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me", async Task<Results<Ok<MeDto>, UnauthorizedHttpResult>> (StaffContext me, GongkaiDbContext db, CancellationToken ct) =>
            {
                var s = await me.GetAsync(ct);
                if (s is null)
                {
                    return TypedResults.Unauthorized();
                }

                var codes = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code, ct);
                return TypedResults.Ok(new MeDto(
                    s.UserId, s.UserName, s.DisplayName, codes[s.HomeAgencyId],
                    s.Roles.Select(r => new RoleDto(codes[r.AgencyId], r.Role.ToString(), r.Role.Display())).ToList(),
                    s.Readable.Select(id => codes[id]).Order(StringComparer.Ordinal).ToList()));
            })
            .RequireAuthorization(TokenAuthenticationHandler.Policy)
            .WithTags("账号").WithSummary("当前令牌对应的账号、角色和可查看的机构");
    }
}
