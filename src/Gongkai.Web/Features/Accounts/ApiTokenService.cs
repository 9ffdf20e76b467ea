using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Web.Features.Accounts;

public sealed record CreatedToken(int Id, string Name, string Token, DateTimeOffset? ExpiresAt);

/// <summary>Personal access tokens: shown once, stored as a SHA-256 hash, revocable.</summary>
public sealed class ApiTokenService(GongkaiDbContext db, TimeProvider clock)
{
    private const string TokenPrefix = "gk_";

    public static bool LooksLikeToken(string token) =>
        token.Length == TokenPrefix.Length + 43
        && token.StartsWith(TokenPrefix, StringComparison.Ordinal)
        && token.AsSpan(TokenPrefix.Length).IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") < 0;

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public async Task<Outcome<CreatedToken>> CreateAsync(int userId, string? name, int? validDays, CancellationToken ct = default)
    {
        var v = new Validation().Text("name", "令牌名称", name, 50);
        if (validDays is < 1 or > 3650)
        {
            v.Add("validDays", "有效天数应在1到3650之间。");
        }

        if (!v.IsValid)
        {
            return Outcome<CreatedToken>.Fail(v);
        }

        if (!await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            return Outcome<CreatedToken>.Missing;
        }

        var secret = TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var row = new ApiToken
        {
            UserId = userId,
            Name = name!.Trim(),
            Prefix = secret[..10],
            SecretHash = Hash(secret),
            CreatedAt = now,
            ExpiresAt = validDays is { } d ? now.AddDays(d) : null,
        };
        db.ApiTokens.Add(row);
        await db.SaveChangesAsync(ct);
        return Outcome<CreatedToken>.Ok(new CreatedToken(row.Id, row.Name, secret, row.ExpiresAt));
    }

    public async Task<bool> RevokeAsync(int userId, int tokenId, CancellationToken ct = default)
    {
        var row = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null, ct);
        if (row is null)
        {
            return false;
        }

        row.RevokedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }

    public Task<List<ApiToken>> ListAsync(int userId, CancellationToken ct = default) =>
        db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync(ct);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
