namespace Gongkai.Core.Auditing;

/// <summary>
/// One append-only audit record: who changed what, when, in which agency, with before/after values.
/// Written in the same transaction as the change; never updated or deleted.
/// </summary>
public sealed class AuditEntry : IAppendOnly
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public int? UserId { get; set; }

    /// <summary>User name at the time, or "system" / "cli" for non-interactive changes.</summary>
    public required string Actor { get; set; }

    public int? AgencyId { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    /// <summary>Created, Updated, Deleted, or a named state change such as 登录失败.</summary>
    public required string Action { get; set; }

    /// <summary>JSON object of the changed properties before the change (null on create).</summary>
    public string? Before { get; set; }

    /// <summary>JSON object of the changed properties after the change (null on delete).</summary>
    public string? After { get; set; }

    public string? RemoteIp { get; set; }
}
