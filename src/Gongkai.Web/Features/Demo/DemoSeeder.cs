using Gongkai.Web.Features.Accounts;

namespace Gongkai.Web.Features.Demo;

public sealed record DemoSeedResult(bool Seeded, IReadOnlyList<string> UserNames);

/// <summary>
/// The demo county of Data/county.json: a county government, its 政府信息公开办公室 and the five townships whose
/// 2017/2018 reports are in shared/seeds (松江乡, 三爪仑乡, 洲上乡, 石门镇, 双溪乡), with one account per role. Agencies
/// are registered and accounts created through the same rules as the back office's; a refusal fails the seed.
/// </summary>
public sealed class DemoSeeder(GongkaiDbContext db, StaffAccountService accounts, TimeProvider clock, IConfiguration config)
{
    public const string DemoPassword = "gongkai2026demo";

    public async Task<DemoSeedResult> SeedAsync(CancellationToken ct = default)
    {
        if (await db.Agencies.AnyAsync(ct))
        {
            return new DemoSeedResult(false, []);
        }

        var county = DemoData.Load().County;
        var now = clock.GetUtcNow();
        var registered = new Dictionary<string, Agency>(StringComparer.Ordinal);
        foreach (var a in county.Agencies)
        {
            // Parents come first in the file: a child's placement names an agency already saved.
            var parent = a.Parent is null ? null : registered[a.Parent];
            var r = Agency.Register(a.Code, new AgencyPlacement(a.Name, a.Level, a.Parent, parent), registered.ContainsKey(a.Code), now);
            var agency = r.Agency ?? throw Refused($"演示机构 {a.Code}", r.Refusals);
            if (agency.ReviseContact(a.Address, a.Phone, a.OfficeHours) is { Count: > 0 } contact)
            {
                throw Refused($"演示机构 {a.Code}", contact);
            }

            db.Agencies.Add(agency);
            await db.SaveChangesAsync(ct);
            registered[a.Code] = agency;
        }

        foreach (var u in county.Accounts)
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

        return new DemoSeedResult(true, county.Accounts.Select(u => u.User).ToList());
    }

    private static InvalidOperationException Refused(string what, IEnumerable<Refusal> refusals) =>
        new($"{what}：{string.Join("；", refusals.Select(x => x.Message))}");
}
