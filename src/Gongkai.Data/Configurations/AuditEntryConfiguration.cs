namespace Gongkai.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditLog");
        b.Property(a => a.Actor).HasMaxLength(256);
        b.Property(a => a.EntityType).HasMaxLength(64);
        b.Property(a => a.EntityId).HasMaxLength(64);
        b.Property(a => a.Action).HasMaxLength(64);
        b.Property(a => a.RemoteIp).HasMaxLength(64);
        b.HasIndex(a => new { a.AgencyId, a.At });
        b.HasIndex(a => a.At);
    }
}
