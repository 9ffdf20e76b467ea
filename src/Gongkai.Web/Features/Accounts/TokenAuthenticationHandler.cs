using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Accounts;

public sealed class TokenAuthenticationOptions : AuthenticationSchemeOptions;

/// <summary>Authenticates JSON API calls with a personal access token: <c>Authorization: Bearer gk_…</c>.</summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<TokenAuthenticationOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    GongkaiDbContext db,
    TimeProvider clock)
    : AuthenticationHandler<TokenAuthenticationOptions>(options, logger, encoder)
{
    public const string SchemeName = "Token";
    public const string Policy = "api-token";
    private const string FailureKey = "gongkai.token-failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Fail("Authorization 头格式应为“Bearer 令牌”。");
        }

        var token = header["Bearer ".Length..].Trim();
        if (!ApiTokenService.LooksLikeToken(token))
        {
            return Fail("访问令牌格式不正确。");
        }

        var hash = ApiTokenService.Hash(token);
        var now = clock.GetUtcNow();
        var row = await db.ApiTokens.AsNoTracking().Include(t => t.User)
            .FirstOrDefaultAsync(t => t.SecretHash == hash, Context.RequestAborted);
        if (row?.User is null || row.RevokedAt is not null || row.ExpiresAt is { } exp && exp <= now)
        {
            return Fail("访问令牌无效、已过期或已撤销。");
        }

        if (row.User.LockoutEnd is { } end && end > now)
        {
            return Fail("账号已被锁定。");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, row.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, row.User.UserName ?? ""),
                new Claim("gk:token", row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private AuthenticateResult Fail(string message)
    {
        Context.Items[FailureKey] = message;
        return AuthenticateResult.Fail(message);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        var message = Context.Items[FailureKey] as string ?? "需要访问令牌（Authorization: Bearer gk_…）。";
        await Response.WriteAsJsonAsync(new ProblemDetails { Status = 401, Title = message }, options: null, contentType: "application/problem+json; charset=utf-8");
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Response.WriteAsJsonAsync(new ProblemDetails { Status = 403, Title = "无权执行此操作。" }, options: null, contentType: "application/problem+json; charset=utf-8");
    }
}
