namespace Gongkai.Data.Configurations;

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> b)
    {
        b.ToTable("AnnualReports");
        b.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.AgencyId, r.Year }).IsUnique();
        b.Property(r => r.Overview).HasMaxLength(AnnualReport.MaxSectionLength);
        b.Property(r => r.Problems).HasMaxLength(AnnualReport.MaxSectionLength);
        b.Property(r => r.Other).HasMaxLength(AnnualReport.MaxSectionLength);
        b.Property(r => r.CheckNotes).HasMaxLength(AnnualReport.MaxSectionLength);
        b.Property(r => r.PublishedBy).HasMaxLength(256);
    }
}

internal sealed class ReportFigureConfiguration : IEntityTypeConfiguration<ReportFigure>
{
    public void Configure(EntityTypeBuilder<ReportFigure> b)
    {
        b.ToTable("ReportFigures");
        b.HasOne<Agency>().WithMany().HasForeignKey(f => f.AgencyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => new { f.AgencyId, f.Year, f.Key });
        b.Property(f => f.Key).HasMaxLength(80);
        b.Property(f => f.Value).HasPrecision(18, 4);
        b.Property(f => f.EnteredBy).HasMaxLength(256);
    }
}
