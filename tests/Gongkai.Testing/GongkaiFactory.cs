using System.Net.Http.Headers;
using Gongkai.Data;
using Gongkai.Web.Features.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gongkai.Testing;

/// <summary>The database a test app runs over.</summary>
public enum DbKind
{
    /// <summary>A temp SQLite file, deleted with the factory.</summary>
    Sqlite,

    /// <summary>A fresh database on the server named by GONGKAI_TEST_PG, dropped with the factory.</summary>
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

    /// <summary>Creates the database (PostgreSQL) or picks the file name (SQLite); the app starts on first use.</summary>
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

    /// <summary>The PostgreSQL server's admin connection string from GONGKAI_TEST_PG, or null when none was provided.</summary>
    public static string? PostgresConnection => Environment.GetEnvironmentVariable("GONGKAI_TEST_PG");

    /// <summary>The database this app runs over.</summary>
    public DbKind Kind { get; }

    /// <summary>The connection string of this app's own database.</summary>
    public string ConnectionString { get; }

    /// <summary>Extra configuration, applied last; set before the app starts.</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    /// <inheritdoc />
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

    /// <summary>
    /// The same app and database with <paramref name="clock"/> as its <see cref="TimeProvider"/> (see
    /// <see cref="BeijingClock.At"/>): a second host the caller disposes, for a test that needs "today" to be a given day.
    /// </summary>
    public WebApplicationFactory<Program> WithClock(TimeProvider clock) =>
        WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(clock)));

    /// <summary>Runs <paramref name="action"/> with a DbContext of its own scope.</summary>
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

    /// <summary>A client that keeps cookies and does not follow redirects, as a browser's form posts are checked.</summary>
    public HttpClient CookieClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A <see cref="CookieClient"/> signed in as the named demo user through the login form.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName)
    {
        var client = CookieClient();
        var r = await client.LoginAsync(userName);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, r.StatusCode);
        return client;
    }

    /// <inheritdoc />
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
