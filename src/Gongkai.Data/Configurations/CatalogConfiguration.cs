namespace Gongkai.Data.Configurations;

internal sealed class CatalogColumnConfiguration : IEntityTypeConfiguration<CatalogColumn>
{
    public void Configure(EntityTypeBuilder<CatalogColumn> b)
    {
        b.ToTable("CatalogColumns");
        b.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<CatalogColumn>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.AgencyId, c.Key }).IsUnique();
        b.Property(c => c.Key).HasMaxLength(40);
        b.Property(c => c.Name).HasMaxLength(CatalogColumn.MaxNameLength);
    }
}

internal sealed class CatalogItemConfiguration : IEntityTypeConfiguration<CatalogItem>
{
    public void Configure(EntityTypeBuilder<CatalogItem> b)
    {
        b.ToTable("CatalogItems");
        b.HasOne<Agency>().WithMany().HasForeignKey(i => i.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CatalogColumn>().WithMany().HasForeignKey(i => i.ColumnId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CatalogItem>().WithMany().HasForeignKey(i => i.InterpretsItemId).OnDelete(DeleteBehavior.Restrict);
        // 索引号 is unique across the deployment: concurrent publishers retry on a clash (no duplicates, ever).
        b.HasIndex(i => i.IndexNumber).IsUnique();
        b.HasIndex(i => new { i.ColumnId, i.Status, i.PublishedAt });
        b.HasIndex(i => new { i.AgencyId, i.Status, i.PublishedAt });
        b.Property(i => i.IndexNumber).HasMaxLength(64);
        b.Property(i => i.Title).HasMaxLength(CatalogItem.MaxTitleLength);
        b.Property(i => i.Publisher).HasMaxLength(100);
        b.Property(i => i.DocumentNumber).HasMaxLength(100);
        b.Property(i => i.Topic).HasMaxLength(50);
        b.Property(i => i.Keywords).HasMaxLength(200);
        b.Property(i => i.WithdrawnReason).HasMaxLength(500);
        b.Property(i => i.CreatedBy).HasMaxLength(256);
        b.HasMany(i => i.Events).WithOne().HasForeignKey(e => e.ItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.Attachments).WithOne(a => a.Item).HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.Channels).WithOne(c => c.Item).HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.ScanOverrides).WithOne(o => o.Item).HasForeignKey(o => o.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ItemEventConfiguration : IEntityTypeConfiguration<ItemEvent>
{
    public void Configure(EntityTypeBuilder<ItemEvent> b)
    {
        b.ToTable("CatalogItemEvents");
        b.Property(e => e.Actor).HasMaxLength(256);
        b.Property(e => e.Comment).HasMaxLength(2000);
    }
}

internal sealed class ItemVersionConfiguration : IEntityTypeConfiguration<ItemVersion>
{
    public void Configure(EntityTypeBuilder<ItemVersion> b)
    {
        b.ToTable("CatalogItemVersions");
        b.HasOne<CatalogItem>().WithMany().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(v => new { v.ItemId, v.Version }).IsUnique();
        b.Property(v => v.Title).HasMaxLength(CatalogItem.MaxTitleLength);
        b.Property(v => v.SavedBy).HasMaxLength(256);
    }
}

internal sealed class ItemAttachmentConfiguration : IEntityTypeConfiguration<ItemAttachment>
{
    public void Configure(EntityTypeBuilder<ItemAttachment> b)
    {
        b.ToTable("CatalogItemAttachments");
        b.Property(a => a.FileName).HasMaxLength(200);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
    }
}

internal sealed class ItemChannelConfiguration : IEntityTypeConfiguration<ItemChannel>
{
    public void Configure(EntityTypeBuilder<ItemChannel> b)
    {
        b.ToTable("CatalogItemChannels");
        b.HasIndex(c => new { c.ItemId, c.Channel }).IsUnique();
        b.Property(c => c.Link).HasMaxLength(500);
    }
}

internal sealed class ScanOverrideConfiguration : IEntityTypeConfiguration<ScanOverride>
{
    public void Configure(EntityTypeBuilder<ScanOverride> b)
    {
        b.ToTable("CatalogScanOverrides");
        b.Property(o => o.Kind).HasMaxLength(30);
        b.Property(o => o.Text).HasMaxLength(100);
        b.Property(o => o.Reason).HasMaxLength(500);
        b.Property(o => o.By).HasMaxLength(256);
    }
}

internal sealed class EngagementRecordConfiguration : IEntityTypeConfiguration<EngagementRecord>
{
    public void Configure(EntityTypeBuilder<EngagementRecord> b)
    {
        b.ToTable("EngagementRecords");
        b.HasOne<Agency>().WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.AgencyId, e.On });
        b.Property(e => e.Title).HasMaxLength(200);
        b.Property(e => e.Link).HasMaxLength(500);
        b.Property(e => e.RecordedBy).HasMaxLength(256);
    }
}
