using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gongkai.Data.PostgreSql;

public static class PostgreSqlProvider
{
    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgreSqlProvider).Assembly.GetName().Name));
}

/// <summary>Used by <c>dotnet ef migrations add</c> only.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<GongkaiDbContext>
{
    public GongkaiDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<GongkaiDbContext>)PostgreSqlProvider.Use(new DbContextOptionsBuilder<GongkaiDbContext>(), "Host=localhost;Database=gongkai_design").Options);
}
