using Gongkai.Data.PostgreSql;
using Gongkai.Data.Sqlite;
using Microsoft.Data.Sqlite;

namespace Gongkai.Web.Shared;

/// <summary>Chooses SQLite (default, a file under data/) or PostgreSQL from configuration.</summary>
public static class DatabaseSetup
{
    public const string ProviderKey = "Database:Provider";

    public static bool IsPostgres(IConfiguration config) =>
        string.Equals(config[ProviderKey], "PostgreSql", StringComparison.OrdinalIgnoreCase);

    public static string ConnectionString(IConfiguration config, string contentRoot)
    {
        var cs = config.GetConnectionString("Gongkai");
        if (IsPostgres(config))
        {
            return cs ?? throw new InvalidOperationException("Database:Provider=PostgreSql 需要配置 ConnectionStrings:Gongkai。");
        }

        if (!string.IsNullOrWhiteSpace(cs))
        {
            return cs;
        }

        var dir = Path.Combine(contentRoot, "data");
        Directory.CreateDirectory(dir);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(dir, "gongkai.db"), ForeignKeys = true }.ToString();
    }

    /// <summary>
    /// The provider and its connection, and <paramref name="audit"/>: every save writes its audit entries and outbox
    /// messages in the same transaction (<see cref="AuditInterceptor"/>).
    /// </summary>
    public static void Configure(DbContextOptionsBuilder options, IConfiguration config, string contentRoot, AuditInterceptor audit)
    {
        options.AddInterceptors(audit);
        var cs = ConnectionString(config, contentRoot);
        if (IsPostgres(config))
        {
            PostgreSqlProvider.Use(options, cs);
        }
        else
        {
            SqliteProvider.Use(options, cs);
            options.AddInterceptors(new SqlitePragmaInterceptor());
        }
    }

    public static async Task MigrateAsync(GongkaiDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers run while one writer commits: the portal keeps serving during back-office writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}

/// <summary>Sets per-connection SQLite pragmas (busy timeout so concurrent writers wait instead of failing).</summary>
internal sealed class SqlitePragmaInterceptor : Microsoft.EntityFrameworkCore.Diagnostics.DbConnectionInterceptor
{
    public override async Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;";
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    public override void ConnectionOpened(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;";
        cmd.ExecuteNonQuery();
    }
}
