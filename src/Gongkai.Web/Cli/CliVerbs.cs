using Gongkai.Web.Features.Accounts;
using Gongkai.Web.Features.Catalog;
using Gongkai.Web.Features.Demo;
using Microsoft.Data.Sqlite;

namespace Gongkai.Web.Cli;

/// <summary>
/// Operator verbs on the same binary: <c>dotnet run --project src/Gongkai.Web -- migrate</c> and so on.
/// They use the same configuration (appsettings, environment, --Database:Provider=…) as the web app.
/// </summary>
public static class CliVerbs
{
    private static readonly Dictionary<string, string> Help = new(StringComparer.Ordinal)
    {
        ["migrate"] = "migrate                      创建或升级数据库结构",
        ["seed-demo"] = "seed-demo                    数据库为空时写入演示县及五个乡镇",
        ["create-user"] = "create-user --user U --name 姓名 --agency CODE --role Editor[,Reviewer] [--password P | 环境变量 GONGKAI_PASSWORD]",
        ["create-token"] = "create-token --user U --name 令牌名称 [--days N]   打印新的访问令牌（只显示一次）",
        ["backup"] = "backup <file>                SQLite 在线备份到文件；PostgreSQL 请用 pg_dump",
        ["reindex"] = "reindex                      从数据库重建本节点的全文检索索引（须先停止使用同一索引目录的服务）",
        ["help"] = "help                         显示本说明",
    };

    public static bool IsVerb(string arg) => Help.ContainsKey(arg);

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args[0];
        if (verb == "help")
        {
            Console.WriteLine("用法: Gongkai.Web <命令> [参数]\n" + string.Join("\n", Help.Values));
            return 0;
        }

        var (options, rest) = ParseOptions(args[1..]);
        // Positional arguments (backup's file) must not reach the configuration parser: "/tmp/x.db" looks like a "/key" switch to it.
        var positional = rest.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        rest = rest.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var builder = WebApplication.CreateBuilder(rest);
        builder.AddGongkai();
        builder.Services.AddScoped<IAuditActor>(_ => SystemActor.Cli);
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<GongkaiDbContext>();

        switch (verb)
        {
            case "migrate":
                await DatabaseSetup.MigrateAsync(db);
                await SeedStandardColumns.EnsureAllAsync(db);
                Console.WriteLine("数据库已是最新结构。");
                return 0;
            case "seed-demo":
                await DatabaseSetup.MigrateAsync(db);
                var seeded = await sp.GetRequiredService<DemoSeeder>().SeedAsync();
                await SeedStandardColumns.EnsureAllAsync(db);
                Console.WriteLine(seeded.Seeded
                    ? $"已写入演示数据。账号：{string.Join("、", seeded.UserNames)}；密码：{DemoSeeder.DemoPassword}"
                    : "数据库中已有机构，未写入演示数据。");
                return 0;
            case "create-user":
                return await CreateUserAsync(sp, options);
            case "create-token":
                return await CreateTokenAsync(sp, db, options);
            case "reindex":
                return await ReindexAsync(sp);
            case "backup":
                return await BackupAsync(app.Configuration, db, positional.FirstOrDefault());
            default:
                return 2;
        }
    }

    private static async Task<int> ReindexAsync(IServiceProvider sp)
    {
        try
        {
            var count = await sp.GetRequiredService<Gongkai.Web.Features.Search.SearchIndexer>().RebuildAsync(CancellationToken.None);
            Console.WriteLine($"已重建检索索引：{count} 条已公开信息。");
            return 0;
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            Console.Error.WriteLine("检索索引正被运行中的服务占用。请先停止服务，或由平台管理员在 /admin/search 页面重建。");
            return 1;
        }
    }

    private static async Task<int> CreateUserAsync(IServiceProvider sp, Dictionary<string, string> o)
    {
        var roles = new List<StaffRole>();
        foreach (var r in (o.GetValueOrDefault("role") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<StaffRole>(r, ignoreCase: true, out var role) || !Enum.IsDefined(role))
            {
                Console.Error.WriteLine($"角色“{r}”无效。可选：{string.Join(", ", StaffRoleNames.All)}");
                return 2;
            }

            roles.Add(role);
        }

        var password = o.GetValueOrDefault("password") ?? Environment.GetEnvironmentVariable("GONGKAI_PASSWORD");
        var result = await sp.GetRequiredService<StaffAccountService>().CreateAsync(
            new CreateStaffUser(o.GetValueOrDefault("user"), o.GetValueOrDefault("name"), password, o.GetValueOrDefault("agency"), roles));
        if (result.Invalid is { } v)
        {
            foreach (var (field, messages) in v.Errors)
            {
                Console.Error.WriteLine($"{field}: {string.Join(" ", messages)}");
            }

            return 2;
        }

        Console.WriteLine($"已创建账号 {result.Value!.UserName}。");
        return 0;
    }

    private static async Task<int> CreateTokenAsync(IServiceProvider sp, GongkaiDbContext db, Dictionary<string, string> o)
    {
        var userName = o.GetValueOrDefault("user");
        var user = userName is null ? null : await db.Users.FirstOrDefaultAsync(u => u.UserName == userName);
        if (user is null)
        {
            Console.Error.WriteLine($"user: 账号“{userName}”不存在。");
            return 2;
        }

        int? days = o.TryGetValue("days", out var d) && int.TryParse(d, out var n) ? n : null;
        var r = await sp.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, o.GetValueOrDefault("name") ?? "cli", days);
        if (r.Invalid is { } v)
        {
            Console.Error.WriteLine(string.Join(" ", v.Errors.SelectMany(e => e.Value)));
            return 2;
        }

        Console.WriteLine(r.Value!.Token);
        return 0;
    }

    private static async Task<int> BackupAsync(IConfiguration config, GongkaiDbContext db, string? file)
    {
        if (DatabaseSetup.IsPostgres(config))
        {
            Console.Error.WriteLine("PostgreSQL 请使用：pg_dump --format=custom --file=gongkai.dump \"<连接串中的数据库>\"");
            return 2;
        }

        if (string.IsNullOrWhiteSpace(file))
        {
            Console.Error.WriteLine("用法: backup <备份文件路径>");
            return 2;
        }

        // SQLite's online backup API copies a consistent snapshot while the app keeps running.
        var source = (SqliteConnection)db.Database.GetDbConnection();
        await source.OpenAsync();
        await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(file), Pooling = false }.ToString());
        await target.OpenAsync();
        source.BackupDatabase(target);
        Console.WriteLine($"已备份到 {Path.GetFullPath(file)}");
        return 0;
    }

    /// <summary>Splits <c>--key value</c> pairs meant for the verb from the rest (configuration overrides, positional args).</summary>
    private static (Dictionary<string, string> Options, string[] Remaining) ParseOptions(string[] args)
    {
        string[] known = ["user", "name", "agency", "role", "password", "days"];
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var key = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : null;
            if (key is not null && known.Contains(key) && i + 1 < args.Length)
            {
                options[key] = args[++i];
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        return (options, rest.ToArray());
    }
}
