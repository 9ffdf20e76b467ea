using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Data;

public sealed class GongkaiDbContext(DbContextOptions<GongkaiDbContext> options, IAuditActor? actor = null, TimeProvider? clock = null)
    : IdentityDbContext<StaffUser, IdentityRole<int>, int>(options)
{
    private static readonly JsonSerializerOptions AuditJson = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    // Secrets never go into the audit log, only the fact that they changed.
    private static readonly HashSet<string> RedactedProperties = new(StringComparer.Ordinal)
    {
        nameof(StaffUser.PasswordHash), nameof(StaffUser.SecurityStamp), nameof(StaffUser.ConcurrencyStamp),
        nameof(ApiToken.SecretHash), nameof(Gongkai.Core.Requests.InfoRequest.QueryKeyHash),
    };

    // Applicants' personal data stays in the request record, where access is checked; the log only says it changed.
    private static readonly HashSet<string> ApplicantProperties = new(StringComparer.Ordinal)
    {
        "ApplicantName", "ContactPerson", "IdDocumentNumber", "Phone", "Email", "Address", "OrganizationCode", "ApplicantKey",
    };

    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<StaffRoleAssignment> RoleAssignments => Set<StaffRoleAssignment>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<CalendarYearOverride> CalendarYears => Set<CalendarYearOverride>();

    public DbSet<Gongkai.Core.Requests.InfoRequest> Requests => Set<Gongkai.Core.Requests.InfoRequest>();

    public DbSet<Gongkai.Core.Requests.RequestEvent> RequestEvents => Set<Gongkai.Core.Requests.RequestEvent>();

    public DbSet<Gongkai.Core.Requests.RequestAttachment> RequestAttachments => Set<Gongkai.Core.Requests.RequestAttachment>();

    public DbSet<Gongkai.Core.Requests.RemedyCase> RemedyCases => Set<Gongkai.Core.Requests.RemedyCase>();

    public DbSet<Gongkai.Core.Requests.LetterTemplateOverride> LetterTemplates => Set<Gongkai.Core.Requests.LetterTemplateOverride>();

    public DbSet<Gongkai.Core.Catalog.CatalogColumn> CatalogColumns => Set<Gongkai.Core.Catalog.CatalogColumn>();

    public DbSet<Gongkai.Core.Catalog.CatalogItem> CatalogItems => Set<Gongkai.Core.Catalog.CatalogItem>();

    public DbSet<Gongkai.Core.Catalog.ItemEvent> CatalogItemEvents => Set<Gongkai.Core.Catalog.ItemEvent>();

    public DbSet<Gongkai.Core.Catalog.ItemVersion> CatalogItemVersions => Set<Gongkai.Core.Catalog.ItemVersion>();

    public DbSet<Gongkai.Core.Catalog.ItemAttachment> CatalogItemAttachments => Set<Gongkai.Core.Catalog.ItemAttachment>();

    public DbSet<Gongkai.Core.Catalog.ItemChannel> CatalogItemChannels => Set<Gongkai.Core.Catalog.ItemChannel>();

    public DbSet<Gongkai.Core.Catalog.EngagementRecord> EngagementRecords => Set<Gongkai.Core.Catalog.EngagementRecord>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<Gongkai.Core.Reports.AnnualReport> AnnualReports => Set<Gongkai.Core.Reports.AnnualReport>();

    public DbSet<Gongkai.Core.Reports.ReportFigure> ReportFigures => Set<Gongkai.Core.Reports.ReportFigure>();

    public DbSet<SearchQueryLog> SearchQueries => Set<SearchQueryLog>();

    /// <summary>Optional verb recorded instead of Created/Updated/Deleted for the next save (e.g. "提交审查").</summary>
    public string? PendingAction { get; set; }

    /// <summary>Writes an explicit audit entry (for events that change no row, such as a failed login).</summary>
    public void Audit(string entityType, string entityId, string action, int? agencyId, object? after = null)
    {
        AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = actor?.UserId,
            Actor = actor?.Name ?? "system",
            RemoteIp = actor?.RemoteIp,
            AgencyId = agencyId,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            After = after is null ? null : JsonSerializer.Serialize(after, AuditJson),
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Stored as UTC timestamps on every provider: SQLite cannot order DateTimeOffset columns,
        // and PostgreSQL's timestamptz wants UTC.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
    }

    private sealed class UtcConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, DateTime>(
        v => v.UtcDateTime,
        v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(GongkaiDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Generated keys are only known after the insert, so inserts are audited in a second save inside one transaction.
        var pending = CaptureAudit();
        if (pending.Count == 0 || Database.CurrentTransaction is not null)
        {
            var r = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (CompleteAudit(pending))
            {
                await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            return r;
        }

        var strategy = Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            await using var tx = await Database.BeginTransactionAsync(ct);
            var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
            if (CompleteAudit(pending))
            {
                await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
            }

            await tx.CommitAsync(ct);
            return result;
        }, cancellationToken);
    }

    private sealed record PendingAudit(EntityEntry Entry, string Action, Dictionary<string, object?>? Before, Dictionary<string, object?>? After);

    private List<PendingAudit> CaptureAudit()
    {
        ChangeTracker.DetectChanges();
        var list = new List<PendingAudit>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is OutboxMessage or SearchQueryLog)
            {
                continue;
            }

            if (entry.Entity is AuditEntry or Gongkai.Core.Requests.RequestEvent or Gongkai.Core.Catalog.ItemEvent or Gongkai.Core.Catalog.ItemVersion)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException(entry.Entity is AuditEntry
                        ? "审计日志只能追加，不能修改或删除。"
                        : "办理过程和版本记录只能追加，不能修改或删除。");
                }

                continue;
            }

            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.Metadata.IsOwned())
            {
                continue;
            }

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

                var redacted = RedactedProperties.Contains(name)
                    || entry.Entity is Gongkai.Core.Requests.InfoRequest && ApplicantProperties.Contains(name);
                if (entry.State != EntityState.Added)
                {
                    (before ??= [])[name] = redacted ? "***" : Loggable(p.OriginalValue);
                }

                if (entry.State != EntityState.Deleted)
                {
                    (after ??= [])[name] = redacted ? "***" : Loggable(p.CurrentValue);
                }
            }

            if (entry.State == EntityState.Modified && before is null && after is null)
            {
                continue;
            }

            var action = PendingAction ?? entry.State switch
            {
                EntityState.Added => "创建",
                EntityState.Deleted => "删除",
                _ => "修改",
            };
            list.Add(new PendingAudit(entry, action, before, after));
        }

        return list;
    }

    // File contents (attachments) are described, not copied into the log.
    private static object? Loggable(object? value) => value is byte[] bytes ? $"({bytes.Length} 字节)" : value;

    private bool CompleteAudit(List<PendingAudit> pending)
    {
        PendingAction = null;
        if (pending.Count == 0)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        foreach (var p in pending)
        {
            var key = p.Entry.Metadata.FindPrimaryKey();
            var id = key is null
                ? "?"
                : string.Join(",", key.Properties.Select(k => Convert.ToString(p.Entry.Property(k.Name).CurrentValue, CultureInfo.InvariantCulture)));
            if (p.After is not null && key is not null)
            {
                foreach (var k in key.Properties)
                {
                    if (p.After.ContainsKey(k.Name))
                    {
                        p.After[k.Name] = p.Entry.Property(k.Name).CurrentValue;
                    }
                }
            }

            AuditEntries.Add(new AuditEntry
            {
                At = now,
                UserId = actor?.UserId,
                Actor = actor?.Name ?? "system",
                RemoteIp = actor?.RemoteIp,
                AgencyId = AgencyOf(p.Entry.Entity),
                EntityType = p.Entry.Metadata.ClrType.Name,
                EntityId = id,
                Action = p.Action,
                Before = p.Before is null ? null : JsonSerializer.Serialize(p.Before, AuditJson),
                After = p.After is null ? null : JsonSerializer.Serialize(p.After, AuditJson),
            });

            // The search index follows catalog items through the outbox, written in this same transaction.
            if (p.Entry.Entity is Gongkai.Core.Catalog.CatalogItem item)
            {
                Outbox.Add(new OutboxMessage { Topic = OutboxMessage.CatalogItemTopic, EntityId = item.Id, CreatedAt = now });
            }
        }

        return true;
    }

    private static int? AgencyOf(object entity) => entity switch
    {
        Agency a => a.Id,
        StaffUser u => u.AgencyId,
        StaffRoleAssignment r => r.AgencyId,
        IAgencyOwned o => o.AgencyId,
        _ => null,
    };
}
