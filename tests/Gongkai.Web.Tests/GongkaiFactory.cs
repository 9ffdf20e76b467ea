using System.Net.Http.Headers;
using Gongkai.Data;
using Gongkai.Web.Features.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gongkai.Web.Tests;

public enum DbKind
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// The real app over a real database: a temp SQLite file, or a fresh database on the PostgreSQL server named by
/// GONGKAI_TEST_PG (test.sh starts a throw-away cluster and sets it). Migrated and demo-seeded like production.
/// </summary>
public sealed class GongkaiFactory : WebApplicationFactory<Program>
{
    private readonly string? sqlitePath;
    private readonly string? pgDatabase;

    public GongkaiFactory(DbKind kind)
    {
        Kind = kind;
        if (kind == DbKind.Sqlite)
        {
            sqlitePath = Path.Combine(Path.GetTempPath(), $"gongkai-test-{Guid.NewGuid():N}.db");
            ConnectionString = $"Data Source={sqlitePath};Foreign Keys=True;Pooling=False";
        }
        else
        {
            var admin = PostgresConnection ?? throw new InvalidOperationException("GONGKAI_TEST_PG is not set");
            pgDatabase = $"gk_test_{Guid.NewGuid():N}";
            using (var conn = new NpgsqlConnection(admin))
            {
                conn.Open();
                using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{pgDatabase}\"", conn);
                cmd.ExecuteNonQuery();
            }

            ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = pgDatabase, Pooling = false }.ToString();
        }
    }

    public static string? PostgresConnection => Environment.GetEnvironmentVariable("GONGKAI_TEST_PG");

    public DbKind Kind { get; }

    public string ConnectionString { get; }

    public Dictionary<string, string?> Settings { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Kind == DbKind.Sqlite ? "Sqlite" : "PostgreSql");
        builder.UseSetting("ConnectionStrings:Gongkai", ConnectionString);
        builder.UseSetting("Security:PasswordHashIterations", "1000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("RateLimits:PublicFormsPerMinute", "1000"); // every test client shares one address; the flood test sets its own
        builder.UseSetting("RateLimits:SearchPerMinute", "1000");
        builder.UseSetting("Search:IndexPath", "memory"); // each test app its own in-memory index, fed from its own database
        builder.UseSetting("Demo:SeedContent", "false"); // existing tests expect an empty demo; DemoContentTests turns it on

        foreach (var (k, v) in Settings)
        {
            builder.UseSetting(k, v);
        }
    }

    public async Task<T> WithDbAsync<T>(Func<GongkaiDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>());
    }

    /// <summary>An HttpClient authenticated with a fresh personal access token of the named demo user.</summary>
    public async Task<HttpClient> ApiClientAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        var token = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, "test", null);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Value!.Token);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        if (sqlitePath is not null)
        {
            foreach (var f in new[] { sqlitePath, sqlitePath + "-wal", sqlitePath + "-shm" })
            {
                File.Delete(f);
            }
        }

        if (pgDatabase is not null && PostgresConnection is { } admin)
        {
            using var conn = new NpgsqlConnection(admin);
            conn.Open();
            using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{pgDatabase}\" WITH (FORCE)", conn);
            cmd.ExecuteNonQuery();
        }
    }
}
