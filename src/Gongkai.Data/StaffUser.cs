using Microsoft.AspNetCore.Identity;

namespace Gongkai.Data;

/// <summary>A staff account. Home agency plus role assignments (possibly in several agencies).</summary>
public sealed class StaffUser : IdentityUser<int>, IAgencyOwned
{
    public required string DisplayName { get; set; }

    public int AgencyId { get; set; }

    public Agency? Agency { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<StaffRoleAssignment> Roles { get; set; } = [];
}

/// <summary>A role held by a user in one agency.</summary>
public sealed class StaffRoleAssignment : IAgencyOwned
{
    public int Id { get; set; }

    public int UserId { get; set; }

    public int AgencyId { get; set; }

    public Agency? Agency { get; set; }

    public StaffRole Role { get; set; }
}

/// <summary>
/// A personal access token for the JSON API. Only a SHA-256 hash of the secret is stored. Part of its user: its audit rows
/// are the user's home agency's.
/// </summary>
public sealed class ApiToken : IAgencyOwnedPart, IAudited
{
    public int Id { get; set; }

    public int UserId { get; set; }

    public StaffUser? User { get; set; }

    public required string Name { get; set; }

    /// <summary>First characters of the token, shown so users can tell tokens apart.</summary>
    public required string Prefix { get; set; }

    public required string SecretHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    IAgencyOwned? IAgencyOwnedPart.Owner => User;

    /// <summary>A token is only ever changed by revoking it.</summary>
    public string? AuditAction(AuditedChange change) => change == AuditedChange.Modified && RevokedAt is not null ? "撤销令牌" : null;
}
