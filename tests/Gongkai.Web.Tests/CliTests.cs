using Gongkai.Web.Cli;
using Microsoft.Data.Sqlite;

namespace Gongkai.Web.Tests;

/// <summary>The operator verbs, run in-process against a temp SQLite file.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string dbPath = Path.Combine(Path.GetTempPath(), $"gongkai-cli-{Guid.NewGuid():N}.db");
    private readonly string backupPath = Path.Combine(Path.GetTempPath(), $"gongkai-cli-backup-{Guid.NewGuid():N}.db");
    private readonly string indexPath = Path.Combine(Path.GetTempPath(), $"gongkai-cli-index-{Guid.NewGuid():N}");

    private string[] Db => [$"--ConnectionStrings:Gongkai=Data Source={dbPath};Pooling=False", "--Security:PasswordHashIterations=1000", "--Logging:LogLevel:Default=Warning"];

    [Fact]
    public async Task Migrate_seed_create_user_create_token_and_backup_work_end_to_end()
    {
        Assert.Equal(0, await CliVerbs.RunAsync(["migrate", .. Db]));
        Assert.Equal(0, await CliVerbs.RunAsync(["seed-demo", .. Db]));
        Assert.Equal(0, await CliVerbs.RunAsync(["create-user", "--user", "cli.clerk", "--name", "命令行文员", "--agency", "shimen", "--role", "Editor,Reviewer", "--password", "clerkpass2026", .. Db]));
        // Bad input: unknown role, unknown agency, weak password — exit code 2, nothing created.
        Assert.Equal(2, await CliVerbs.RunAsync(["create-user", "--user", "x1", "--name", "甲", "--agency", "shimen", "--role", "Boss", "--password", "clerkpass2026", .. Db]));
        Assert.Equal(2, await CliVerbs.RunAsync(["create-user", "--user", "x2", "--name", "乙", "--agency", "nowhere", "--role", "Editor", "--password", "clerkpass2026", .. Db]));
        Assert.Equal(2, await CliVerbs.RunAsync(["create-user", "--user", "x3", "--name", "丙", "--agency", "shimen", "--role", "Editor", "--password", "short", .. Db]));
        Assert.Equal(0, await CliVerbs.RunAsync(["create-token", "--user", "cli.clerk", "--name", "对接", .. Db]));
        Assert.Equal(0, await CliVerbs.RunAsync(["backup", backupPath, .. Db]));

        // reindex rebuilds the search index from the database; refused (exit 1) while a server holds the index.
        Assert.Equal(0, await CliVerbs.RunAsync(["reindex", $"--Search:IndexPath={indexPath}", .. Db]));
        long published;
        await using (var db = new SqliteConnection($"Data Source={dbPath};Mode=ReadOnly;Pooling=False"))
        {
            await db.OpenAsync(TestContext.Current.CancellationToken);
            await using var count = db.CreateCommand();
            count.CommandText = "SELECT count(*) FROM CatalogItems WHERE Status = 5";
            published = (long)(await count.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
        }

        using (var index = Gongkai.Search.SearchIndex.OpenFolder(indexPath))
        {
            Assert.True(published > 100, "the demo content publishes its seeds' items");
            Assert.Equal(published, index.Count);
            Assert.Equal(1, await CliVerbs.RunAsync(["reindex", $"--Search:IndexPath={indexPath}", .. Db]));
        }

        await using var conn = new SqliteConnection($"Data Source={backupPath};Mode=ReadOnly;Pooling=False");
        await conn.OpenAsync(TestContext.Current.CancellationToken);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT group_concat(UserName, ',') FROM AspNetUsers WHERE UserName LIKE 'cli.%' OR UserName LIKE 'x_'";
        Assert.Equal("cli.clerk", (string?)await cmd.ExecuteScalarAsync(TestContext.Current.CancellationToken));
        // Audited by the CLI's actor, under the token's user's agency.
        cmd.CommandText = "SELECT count(*) FROM AuditLog a JOIN Agencies g ON g.Id = a.AgencyId WHERE a.Actor = 'cli' AND a.EntityType = 'ApiToken' AND g.Code = 'shimen'";
        Assert.Equal(1L, (long)(await cmd.ExecuteScalarAsync(TestContext.Current.CancellationToken))!);
    }

    public void Dispose()
    {
        foreach (var f in new[] { dbPath, dbPath + "-wal", dbPath + "-shm", backupPath })
        {
            File.Delete(f);
        }

        if (Directory.Exists(indexPath))
        {
            Directory.Delete(indexPath, recursive: true);
        }
    }
}
