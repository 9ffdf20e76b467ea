namespace Gongkai.Data.Configurations;

internal sealed class CalendarYearOverrideConfiguration : IEntityTypeConfiguration<CalendarYearOverride>
{
    public void Configure(EntityTypeBuilder<CalendarYearOverride> b)
    {
        b.ToTable("CalendarYears");
        b.HasKey(y => y.Year);
        b.Property(y => y.Year).ValueGeneratedNever();
        b.Property(y => y.Content).HasMaxLength(20_000);
        b.Property(y => y.Source).HasMaxLength(200);
    }
}
