using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Gongkai.Core.Auditing;

namespace Gongkai.Data;

/// <summary>
/// Explicit audit entries, for events that change no row (a login, successful or not). Every change of a row is audited
/// by <see cref="AuditInterceptor"/> instead. The entry is written by the caller's next save.
/// </summary>
public sealed class AuditLog(GongkaiDbContext db, IAuditActor? actor = null, TimeProvider? clock = null)
{
    // Readable Chinese in the stored JSON, not \uXXXX escapes.
    internal static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public void Record(string entityType, string entityId, string action, int? agencyId, object? after = null) =>
        db.AuditEntries.Add(Entry(actor, (clock ?? TimeProvider.System).GetUtcNow(), agencyId, entityType, entityId, action, null,
            after is null ? null : JsonSerializer.Serialize(after, Json)));

    /// <summary>An entry by <paramref name="actor"/> ("system" without one: start-up seeding, background work).</summary>
    internal static AuditEntry Entry(
        IAuditActor? actor, DateTimeOffset at, int? agencyId, string entityType, string entityId, string action, string? before, string? after) => new()
    {
        At = at,
        UserId = actor?.UserId,
        Actor = actor?.Name ?? "system",
        RemoteIp = actor?.RemoteIp,
        AgencyId = agencyId,
        EntityType = entityType,
        EntityId = entityId,
        Action = action,
        Before = before,
        After = after,
    };
}
