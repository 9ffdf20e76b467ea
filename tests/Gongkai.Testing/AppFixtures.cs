namespace Gongkai.Testing;

/// <summary>One migrated, demo-seeded app per test class and database kind.</summary>
public abstract class AppFixture(DbKind kind) : IAsyncLifetime
{
    private GongkaiFactory? factory;

    /// <summary>The database this fixture's app runs over.</summary>
    public DbKind Kind => kind;

    /// <summary>The app; PostgreSQL tests are skipped (with the reason shown) when no server was provided.</summary>
    public GongkaiFactory App
    {
        get
        {
            Assert.SkipWhen(kind == DbKind.PostgreSql && GongkaiFactory.PostgresConnection is null,
                "GONGKAI_TEST_PG is not set: run ./test.sh, which starts a throw-away PostgreSQL cluster.");
            if (factory is null)
            {
                factory = new GongkaiFactory(kind);
                _ = factory.Server; // start, migrate and seed now, not inside the first timed request
            }

            return factory;
        }
    }

    /// <inheritdoc />
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>The app over a temp SQLite file.</summary>
public sealed class SqliteApp() : AppFixture(DbKind.Sqlite);

/// <summary>The app over a fresh PostgreSQL database; its tests skip when GONGKAI_TEST_PG is not set.</summary>
public sealed class PostgresApp() : AppFixture(DbKind.PostgreSql);
