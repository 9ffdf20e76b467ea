using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Features.Accounts;

public sealed record CreateStaffUser(string? UserName, string? DisplayName, string? Password, string? AgencyCode, IReadOnlyList<StaffRole> Roles);

public sealed record StaffSummary(int Id, string UserName, string DisplayName, string AgencyCode, IReadOnlyList<string> Roles, bool LockedOut);

/// <summary>Creates and lists staff accounts. Permission checks are the caller's (page, endpoint or CLI).</summary>
public sealed class StaffAccountService(GongkaiDbContext db, UserManager<StaffUser> users, TimeProvider clock)
{
    public async Task<Outcome<StaffUser>> CreateAsync(CreateStaffUser cmd, CancellationToken ct = default)
    {
        var v = new Validation()
            .Text("userName", "用户名", cmd.UserName, 64)
            .Text("displayName", "姓名", cmd.DisplayName, 50)
            .Text("password", "密码", cmd.Password, 128)
            .Text("agencyCode", "所属机构", cmd.AgencyCode, Agency.MaxCodeLength);
        if (cmd.Roles.Count == 0)
        {
            v.Add("roles", "请至少选择一个角色。");
        }

        var agency = string.IsNullOrWhiteSpace(cmd.AgencyCode)
            ? null
            : await db.Agencies.FirstOrDefaultAsync(a => a.Code == cmd.AgencyCode.Trim(), ct);
        if (agency is null && !string.IsNullOrWhiteSpace(cmd.AgencyCode))
        {
            v.Add("agencyCode", $"机构代码“{cmd.AgencyCode}”不存在。");
        }

        if (!v.IsValid)
        {
            return Outcome<StaffUser>.Fail(v);
        }

        var user = new StaffUser
        {
            UserName = cmd.UserName!.Trim(),
            DisplayName = cmd.DisplayName!.Trim(),
            AgencyId = agency!.Id,
            CreatedAt = clock.GetUtcNow(),
            Roles = cmd.Roles.Distinct().Select(r => new StaffRoleAssignment { AgencyId = agency.Id, Role = r }).ToList(),
        };

        // Validate the password before anything is written, so a weak password leaves no half-created account.
        foreach (var validator in users.PasswordValidators)
        {
            var pr = await validator.ValidateAsync(users, user, cmd.Password!);
            foreach (var e in pr.Errors)
            {
                v.Add("password", e.Description);
            }
        }

        if (await users.FindByNameAsync(user.UserName) is not null)
        {
            v.Add("userName", $"用户名“{user.UserName}”已被使用。");
        }

        if (!v.IsValid)
        {
            return Outcome<StaffUser>.Fail(v);
        }

        var result = await users.CreateAsync(user, cmd.Password!);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                v.Add(e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "userName", e.Description);
            }

            return Outcome<StaffUser>.Fail(v);
        }

        return Outcome<StaffUser>.Ok(user);
    }

    public async Task<List<StaffSummary>> ListAsync(int agencyId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var rows = await db.Users.AsNoTracking().Include(u => u.Roles).Include(u => u.Agency)
            .Where(u => u.AgencyId == agencyId).OrderBy(u => u.UserName).ToListAsync(ct);
        return rows.Select(u => new StaffSummary(
                u.Id, u.UserName ?? "", u.DisplayName, u.Agency!.Code,
                u.Roles.Select(r => r.Role.Display()).ToList(),
                u.LockoutEnd is { } e && e > now))
            .ToList();
    }
}
