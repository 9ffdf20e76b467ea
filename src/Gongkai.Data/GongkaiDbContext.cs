using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>
/// The one database of the deployment. It holds no audit code: <see cref="AuditInterceptor"/>, registered with the
/// options, writes the audit log and the outbox in the same transaction as every save.
/// </summary>
public sealed class GongkaiDbContext(DbContextOptions<GongkaiDbContext> options)
    : IdentityDbContext<StaffUser, IdentityRole<int>, int>(options)
{
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
}
