using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Gongkai.Core.Agencies;
using Gongkai.Core.Auditing;
using Gongkai.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Data;

/// <summary>
/// Writes the audit log and the outbox from what the saved entities say about themselves, in the same transaction as the
/// change, so both commit or roll back with it:
/// <list type="bullet">
/// <item>every created, modified or deleted row gets an audit entry with who, when, from where, the changed fields before
/// and after (secrets and applicants' personal data redacted, file contents described by their size) and its agency:
/// its own (<see cref="IAgencyOwned"/>) or its aggregate's (<see cref="IAgencyOwnedPart"/>);</item>
/// <item>the verb is the row's own (<see cref="IAudited"/>: an aggregate's last step, such as 提交保密审查), else 创建/修改/删除;</item>
/// <item>a change of a row the portal shows (<see cref="IPublishesToPortal"/>) writes an outbox message, which every web
/// node's search index and page cache follow;</item>
/// <item>modifying or deleting an <see cref="IAppendOnly"/> row (the audit log, timelines, kept versions) is refused.</item>
/// </list>
/// </summary>
/// <remarks>
/// Generated keys are known only after the insert, so the entries are written by a second save inside one transaction:
/// the caller's, or one this interceptor begins before the change and commits after the entries. A retrying execution
/// strategy would have to wrap the whole save for that transaction; none is configured.
/// </remarks>
public sealed class AuditInterceptor(IAuditActor? actor = null, TimeProvider? clock = null, OutboxSignal? signal = null) : SaveChangesInterceptor
{
    // Secrets never go into the audit log, only the fact that they changed.
    private static readonly HashSet<string> RedactedProperties = new(StringComparer.Ordinal)
    {
        nameof(StaffUser.PasswordHash), nameof(StaffUser.SecurityStamp), nameof(StaffUser.ConcurrencyStamp),
        nameof(ApiToken.SecretHash), nameof(InfoRequest.QueryKeyHash),
    };

    // Applicants' personal data stays in the request record, where access is checked; the log only says it changed.
    private static readonly HashSet<string> ApplicantProperties = new(StringComparer.Ordinal)
    {
        "ApplicantName", "ContactPerson", "IdDocumentNumber", "Phone", "Email", "Address", "OrganizationCode", "ApplicantKey",
    };

    // The save in progress on each context (the interceptor may serve more than one).
    private readonly ConditionalWeakTable<DbContext, SaveInProgress> saves = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await BeginAsync(Context(eventData), async: true, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        BeginAsync(Context(eventData), async: false, default).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await CompleteAsync(Context(eventData), async: true, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        CompleteAsync(Context(eventData), async: false, default).GetAwaiter().GetResult();
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        AbandonAsync(Context(eventData), async: true);

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        AbandonAsync(Context(eventData), async: false).GetAwaiter().GetResult();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        AbandonAsync(Context(eventData), async: true);

    public override void SaveChangesCanceled(DbContextEventData eventData) =>
        AbandonAsync(Context(eventData), async: false).GetAwaiter().GetResult();

    private static DbContext Context(DbContextEventData eventData) =>
        eventData.Context ?? throw new InvalidOperationException("A save without a context.");

    // Before the change is saved: what changed (the values before are gone afterwards), and the transaction.
    private async Task BeginAsync(DbContext db, bool async, CancellationToken ct)
    {
        if (saves.TryGetValue(db, out var earlier))
        {
            if (earlier.WritingAudit)
            {
                return; // this interceptor's own save of the entries
            }

            // A save that failed without telling: EF reports a concurrency conflict to no interceptor's failure hook.
            await EndAsync(db, earlier, async);
        }

        var changes = await CaptureAsync(db, async, ct);
        if (changes.Count == 0)
        {
            return;
        }

        var own = db.Database.CurrentTransaction is not null ? null
            : async ? await db.Database.BeginTransactionAsync(ct) : db.Database.BeginTransaction();
        saves.AddOrUpdate(db, new SaveInProgress(changes, own));
    }

    // After the change is saved (keys generated): the entries and outbox messages, then the commit.
    private async Task CompleteAsync(DbContext db, bool async, CancellationToken ct)
    {
        if (!saves.TryGetValue(db, out var save) || save.WritingAudit)
        {
            return;
        }

        save.WritingAudit = true;
        var announced = false;
        try
        {
            if (save.Changes.Any(c => c.Entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                // The entries' save would store the change a second time.
                throw new InvalidOperationException("审计要求保存时接受全部更改：请使用 SaveChanges()，不要使用 SaveChanges(false)。");
            }

            var now = (clock ?? TimeProvider.System).GetUtcNow();
            foreach (var c in save.Changes)
            {
                db.Add(Entry(c, now));
                // The search index and the page cache of every node follow the portal's records through the outbox.
                if (c.Entry.Entity is IPublishesToPortal published)
                {
                    db.Add(new OutboxMessage { Topic = published.OutboxTopic, EntityId = published.Id, CreatedAt = now });
                    announced = true;
                }
            }

            if (async)
            {
                await db.SaveChangesAsync(ct);
            }
            else
            {
                db.SaveChanges();
            }

            if (save.OwnTransaction is { } tx)
            {
                if (async)
                {
                    await tx.CommitAsync(ct);
                }
                else
                {
                    tx.Commit();
                }
            }
        }
        finally
        {
            await EndAsync(db, save, async);
        }

        foreach (var c in save.Changes)
        {
            (c.Entry.Entity as IAudited)?.Audited();
        }

        if (announced)
        {
            // In the caller's own transaction the rows are not committed yet: the followers' poll finds them once they are.
            signal?.Notify();
        }
    }

    private async Task AbandonAsync(DbContext db, bool async)
    {
        if (saves.TryGetValue(db, out var save) && !save.WritingAudit)
        {
            await EndAsync(db, save, async);
        }
    }

    // Disposing a transaction that was not committed rolls it back: the change goes with its entries.
    private async Task EndAsync(DbContext db, SaveInProgress save, bool async)
    {
        saves.Remove(db);
        if (save.OwnTransaction is { } tx)
        {
            if (async)
            {
                await tx.DisposeAsync();
            }
            else
            {
                tx.Dispose();
            }
        }
    }

    private static async Task<List<Change>> CaptureAsync(DbContext db, bool async, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var list = new List<Change>();
        // A snapshot: finding an aggregate below may start tracking it.
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is OutboxMessage or SearchQueryLog)
            {
                continue;
            }

            if (entry.Entity is IAppendOnly)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException(entry.Entity is AuditEntry
                        ? "审计日志只能追加，不能修改或删除。"
                        : "办理过程和版本记录只能追加，不能修改或删除。");
                }

                continue;
            }

            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || entry.Metadata.IsOwned())
            {
                continue;
            }

            var (before, after) = ChangedValues(entry);
            if (entry.State == EntityState.Modified && before is null && after is null)
            {
                continue;
            }

            var change = entry.State switch
            {
                EntityState.Added => AuditedChange.Created,
                EntityState.Deleted => AuditedChange.Deleted,
                _ => AuditedChange.Modified,
            };
            var action = (entry.Entity as IAudited)?.AuditAction(change) ?? change switch
            {
                AuditedChange.Created => "创建",
                AuditedChange.Deleted => "删除",
                _ => "修改",
            };
            list.Add(new Change(entry, action, before, after, change == AuditedChange.Created ? null : KeyOf(entry), await OwnerAsync(db, entry, async, ct)));
        }

        return list;
    }

    private static (Dictionary<string, object?>? Before, Dictionary<string, object?>? After) ChangedValues(EntityEntry entry)
    {
        Dictionary<string, object?>? before = null;
        Dictionary<string, object?>? after = null;
        foreach (var p in entry.Properties)
        {
            var name = p.Metadata.Name;
            var changed = entry.State != EntityState.Modified || p.IsModified && !Equals(p.OriginalValue, p.CurrentValue);
            if (!changed)
            {
                continue;
            }

            var redacted = RedactedProperties.Contains(name) || entry.Entity is InfoRequest && ApplicantProperties.Contains(name);
            if (entry.State != EntityState.Added)
            {
                (before ??= [])[name] = redacted ? "***" : Loggable(p.OriginalValue);
            }

            if (entry.State != EntityState.Deleted)
            {
                (after ??= [])[name] = redacted ? "***" : Loggable(p.CurrentValue);
            }
        }

        return (before, after);
    }

    // File contents (attachments) are described, not copied into the log.
    private static object? Loggable(object? value) => value is byte[] bytes ? $"({bytes.Length} 字节)" : value;

    private static string KeyOf(EntityEntry entry) => entry.Metadata.FindPrimaryKey() is { } key
        ? string.Join(",", key.Properties.Select(k => Convert.ToString(entry.Property(k.Name).CurrentValue, CultureInfo.InvariantCulture)))
        : "?";

    // A part's aggregate, found (tracked, else read) by its foreign key when the part was saved without it loaded, as when
    // an attachment is added by the request's id alone.
    private static async Task<IAgencyOwned?> OwnerAsync(DbContext db, EntityEntry entry, bool async, CancellationToken ct)
    {
        if (entry.Entity is not IAgencyOwnedPart part)
        {
            return null;
        }

        if (part.Owner is { } loaded)
        {
            return loaded;
        }

        foreach (var navigation in entry.Metadata.GetNavigations())
        {
            if (!navigation.IsOnDependent || !typeof(IAgencyOwned).IsAssignableFrom(navigation.TargetEntityType.ClrType))
            {
                continue;
            }

            var key = navigation.ForeignKey.Properties.Select(p => entry.Property(p.Name).CurrentValue).ToArray();
            if (key.Any(k => k is null))
            {
                continue;
            }

            var found = async ? await db.FindAsync(navigation.TargetEntityType.ClrType, key, ct) : db.Find(navigation.TargetEntityType.ClrType, key);
            if (found is IAgencyOwned owner)
            {
                return owner;
            }
        }

        return null;
    }

    private AuditEntry Entry(Change c, DateTimeOffset now)
    {
        var entry = c.Entry;
        var id = c.Key ?? KeyOf(entry);
        if (c.After is not null && entry.Metadata.FindPrimaryKey() is { } key)
        {
            // Inserted rows: the generated key, not the temporary value captured before the insert.
            foreach (var k in key.Properties.Where(k => c.After.ContainsKey(k.Name)))
            {
                c.After[k.Name] = entry.Property(k.Name).CurrentValue;
            }
        }

        var agencyId = entry.Entity switch
        {
            IAgencyOwned owned => owned.AgencyId,
            IAgencyOwnedPart part => (part.Owner ?? c.Owner)?.AgencyId,
            _ => null,
        };
        return AuditLog.Entry(actor, now, agencyId, entry.Metadata.ClrType.Name, id, c.Action,
            c.Before is null ? null : JsonSerializer.Serialize(c.Before, AuditLog.Json),
            c.After is null ? null : JsonSerializer.Serialize(c.After, AuditLog.Json));
    }

    /// <summary>One row's change as it stood before the save: its verb, values, key (unless generated) and aggregate.</summary>
    private sealed record Change(
        EntityEntry Entry, string Action, Dictionary<string, object?>? Before, Dictionary<string, object?>? After, string? Key, IAgencyOwned? Owner);

    private sealed class SaveInProgress(List<Change> changes, IDbContextTransaction? ownTransaction)
    {
        public List<Change> Changes => changes;

        /// <summary>The transaction this interceptor began (null inside the caller's).</summary>
        public IDbContextTransaction? OwnTransaction => ownTransaction;

        /// <summary>The entries are being saved: that save is not audited again.</summary>
        public bool WritingAudit { get; set; }
    }
}
