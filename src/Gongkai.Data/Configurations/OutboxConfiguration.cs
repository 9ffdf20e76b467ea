namespace Gongkai.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("Outbox");
        b.Property(m => m.Topic).HasMaxLength(40);
        b.HasIndex(m => new { m.Topic, m.Id });
    }
}

internal sealed class SearchQueryLogConfiguration : IEntityTypeConfiguration<SearchQueryLog>
{
    public void Configure(EntityTypeBuilder<SearchQueryLog> b)
    {
        b.ToTable("SearchQueries");
        b.Property(q => q.AgencyCode).HasMaxLength(64);
        b.Property(q => q.Query).HasMaxLength(200);
        b.HasIndex(q => new { q.AgencyCode, q.At });
    }
}
