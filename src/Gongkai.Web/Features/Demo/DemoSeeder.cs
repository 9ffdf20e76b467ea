using Gongkai.Web.Features.Accounts;

namespace Gongkai.Web.Features.Demo;

public sealed record DemoSeedResult(bool Seeded, IReadOnlyList<string> UserNames);

/// <summary>
/// The demo county: a county government, its 政府信息公开办公室 and the five townships whose 2017/2018 reports are
/// in shared/seeds (松江乡, 三爪仑乡, 洲上乡, 石门镇, 双溪乡), with one account per role.
/// </summary>
public sealed class DemoSeeder(GongkaiDbContext db, StaffAccountService accounts, TimeProvider clock, IConfiguration config)
{
    public const string DemoPassword = "gongkai2026demo";
    public const string CountyCode = "shifan";

    public static IReadOnlyList<(string Code, string Name, string Short)> Townships { get; } =
    [
        ("songjiang", "松江乡人民政府", "松江乡"),
        ("sanzhualun", "三爪仑乡人民政府", "三爪仑乡"),
        ("zhoushang", "洲上乡人民政府", "洲上乡"),
        ("shimen", "石门镇人民政府", "石门镇"),
        ("shuangxi", "双溪乡人民政府", "双溪乡"),
    ];

    public async Task<DemoSeedResult> SeedAsync(CancellationToken ct = default)
    {
        if (await db.Agencies.AnyAsync(ct))
        {
            return new DemoSeedResult(false, []);
        }

        var now = clock.GetUtcNow();
        var county = new Agency { Code = CountyCode, Name = "示范县人民政府", Level = AgencyLevel.County, CreatedAt = now, Address = "示范县人民路1号", Phone = "0795-0000000", OfficeHours = "工作日 8:30-12:00，14:30-17:30" };
        db.Agencies.Add(county);
        await db.SaveChangesAsync(ct);
        db.Agencies.Add(new Agency { Code = CountyCode + "-gkb", Name = "示范县人民政府办公室（政府信息公开办公室）", Level = AgencyLevel.Office, ParentId = county.Id, CreatedAt = now });
        foreach (var (code, name, _) in Townships)
        {
            db.Agencies.Add(new Agency
            {
                Code = code, Name = name, Level = AgencyLevel.Township, ParentId = county.Id, CreatedAt = now,
                Address = $"{name[..^4]}政府大院党政综合办公室", OfficeHours = "工作日 8:30-12:00，14:30-17:30",
            });
        }

        await db.SaveChangesAsync(ct);

        var users = new List<(string User, string Name, string Agency, StaffRole[] Roles)>
        {
            ("admin", "平台管理员", CountyCode, [StaffRole.PlatformAdmin]),
            ("county.supervisor", "县政务公开办监管员", CountyCode, [StaffRole.Supervisor]),
            ("county.admin", "县政府机构管理员", CountyCode, [StaffRole.AgencyAdmin]),
            ("songjiang.admin", "松江乡管理员", "songjiang", [StaffRole.AgencyAdmin]),
            ("songjiang.editor", "松江乡信息编辑", "songjiang", [StaffRole.Editor]),
            ("songjiang.reviewer", "松江乡保密审查员", "songjiang", [StaffRole.Reviewer]),
            ("songjiang.approver", "松江乡审批人", "songjiang", [StaffRole.Approver]),
            ("songjiang.handler", "松江乡依申请经办人", "songjiang", [StaffRole.RequestHandler]),
        };
        foreach (var (code, _, shortName) in Townships.Skip(1))
        {
            users.Add(($"{code}.admin", $"{shortName}管理员", code, [StaffRole.AgencyAdmin]));
            users.Add(($"{code}.editor", $"{shortName}信息编辑", code, [StaffRole.Editor, StaffRole.Reviewer, StaffRole.Approver, StaffRole.RequestHandler]));
        }

        foreach (var u in users)
        {
            var r = await accounts.CreateAsync(new CreateStaffUser(u.User, u.Name, DemoPassword, u.Agency, u.Roles), ct);
            if (r.Invalid is { } v)
            {
                throw new InvalidOperationException($"演示账号 {u.User} 创建失败：" + string.Join("；", v.Errors.SelectMany(e => e.Value)));
            }
        }

        // After the accounts, so the content's actors ("songjiang.editor" …) are real users; tests turn it off.
        if (config.GetValue("Demo:SeedContent", true))
        {
            await new DemoContent(db, clock).SeedAsync(ct);
        }

        return new DemoSeedResult(true, users.Select(u => u.User).ToList());
    }
}
