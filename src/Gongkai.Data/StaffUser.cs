using Microsoft.AspNetCore.Identity;

namespace Gongkai.Data;

/// <summary>A staff account. Home agency plus role assignments (possibly in several agencies).</summary>
public sealed class StaffUser : IdentityUser<int>
{
    public required string DisplayName { get; set; }

    public int AgencyId { get; set; }

    public Agency? Agency { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<StaffRoleAssignment> Roles { get; set; } = [];
}

/// <summary>A role held by a user in one agency.</summary>
public sealed class StaffRoleAssignment
{
    public int Id { get; set; }

    public int UserId { get; set; }

    public int AgencyId { get; set; }

    public Agency? Agency { get; set; }

    public StaffRole Role { get; set; }
}

/// <summary>A personal access token for the JSON API. Only a SHA-256 hash of the secret is stored.</summary>
public sealed class ApiToken
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
}
