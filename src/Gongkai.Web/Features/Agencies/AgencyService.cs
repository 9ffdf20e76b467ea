using System.Text.RegularExpressions;
using Gongkai.Core.Agencies;
using Gongkai.Data;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Agencies;

public sealed record AgencyInput(string? Code, string? Name, AgencyLevel? Level, string? ParentCode);

public sealed record AgencyProfileInput(string? Address, string? Phone, string? OfficeHours);

public sealed record AgencyDto(string Code, string Name, string Level, string LevelName, string? ParentCode);

/// <summary>Agency tree maintenance (平台管理员) and agency profile (机构管理员).</summary>
public sealed partial class AgencyService(GongkaiDbContext db)
{
    // Codes are URL segments of the portal (/{code}/), so they must not shadow the app's own routes.
    private static readonly HashSet<string> ReservedCodes = new(StringComparer.Ordinal)
    {
        "admin", "api", "account", "healthz", "openapi", "css", "js", "lib", "img", "error", "ui", "static", "favicon.ico",
        "track", "search", "feed", "sitemap.xml", "robots.txt", "_prefs",
    };

    [GeneratedRegex("^[a-z][a-z0-9-]{1,31}$")]
    private static partial Regex CodePattern();

    public async Task<List<AgencyDto>> ListAsync(CancellationToken ct = default)
    {
        var rows = await db.Agencies.AsNoTracking().OrderBy(a => a.Level).ThenBy(a => a.Id)
            .Select(a => new { a.Code, a.Name, a.Level, ParentCode = a.Parent != null ? a.Parent.Code : null })
            .ToListAsync(ct);
        return rows.Select(a => new AgencyDto(a.Code, a.Name, a.Level.ToString(), a.Level.Display(), a.ParentCode)).ToList();
    }

    public Task<Agency?> FindAsync(string code, CancellationToken ct = default) =>
        db.Agencies.FirstOrDefaultAsync(a => a.Code == code, ct);

    public async Task<Outcome<Agency>> CreateAsync(AgencyInput input, TimeProvider clock, CancellationToken ct = default)
    {
        var v = new Validation();
        ValidateCode(v, input.Code);
        var parent = await ValidateCommonAsync(v, input, ct);
        if (v.IsValid && await db.Agencies.AnyAsync(a => a.Code == input.Code!.Trim(), ct))
        {
            v.Add("code", $"机构代码“{input.Code!.Trim()}”已存在。");
        }

        if (!v.IsValid)
        {
            return Outcome<Agency>.Fail(v);
        }

        var agency = new Agency
        {
            Code = input.Code!.Trim(),
            Name = input.Name!.Trim(),
            Level = input.Level!.Value,
            ParentId = parent?.Id,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Agencies.Add(agency);
        await db.SaveChangesAsync(ct);
        return Outcome<Agency>.Ok(agency);
    }

    /// <summary>Renames, re-levels or moves an agency. The code is stable and cannot change.</summary>
    public async Task<Outcome<Agency>> UpdateAsync(string code, AgencyInput input, CancellationToken ct = default)
    {
        var agency = await FindAsync(code, ct);
        if (agency is null)
        {
            return Outcome<Agency>.Missing;
        }

        var v = new Validation();
        var parent = await ValidateCommonAsync(v, input, ct);
        if (parent is not null)
        {
            var edges = await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.ParentId }).ToListAsync(ct);
            if (AgencyTree.WouldCreateCycle(agency.Id, parent.Id, edges.Select(e => (e.Id, e.ParentId))))
            {
                v.Add("parentCode", $"不能把“{parent.Name}”设为上级：它是“{agency.Name}”本身或其下级，会形成循环。");
            }
        }

        if (!v.IsValid)
        {
            return Outcome<Agency>.Fail(v);
        }

        agency.Name = input.Name!.Trim();
        agency.Level = input.Level!.Value;
        agency.ParentId = parent?.Id;
        await db.SaveChangesAsync(ct);
        return Outcome<Agency>.Ok(agency);
    }

    public async Task<Outcome<Agency>> UpdateProfileAsync(Agency agency, AgencyProfileInput input, CancellationToken ct = default)
    {
        var v = new Validation()
            .Text("address", "办公地址", input.Address, 200, required: false)
            .Text("phone", "联系电话", input.Phone, 50, required: false)
            .Text("officeHours", "办公时间", input.OfficeHours, 200, required: false);
        if (!v.IsValid)
        {
            return Outcome<Agency>.Fail(v);
        }

        agency.Address = Normalize(input.Address);
        agency.Phone = Normalize(input.Phone);
        agency.OfficeHours = Normalize(input.OfficeHours);
        await db.SaveChangesAsync(ct);
        return Outcome<Agency>.Ok(agency);
    }

    private static string? Normalize(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static void ValidateCode(Validation v, string? code)
    {
        v.Text("code", "机构代码", code, Agency.MaxCodeLength);
        if (string.IsNullOrWhiteSpace(code) || code.Trim().Length > Agency.MaxCodeLength)
        {
            return;
        }

        var c = code.Trim();
        if (!CodePattern().IsMatch(c))
        {
            v.Add("code", "机构代码须以小写字母开头，只含小写字母、数字和连字符，共2到32个字符（例如 songjiang）。");
        }
        else if (ReservedCodes.Contains(c))
        {
            v.Add("code", $"“{c}”是系统保留字，不能作为机构代码。");
        }
    }

    private async Task<Agency?> ValidateCommonAsync(Validation v, AgencyInput input, CancellationToken ct)
    {
        v.Text("name", "机构名称", input.Name, Agency.MaxNameLength);
        if (input.Level is null || !Enum.IsDefined(input.Level.Value))
        {
            v.Add("level", "请选择机构层级。");
        }

        if (string.IsNullOrWhiteSpace(input.ParentCode))
        {
            return null;
        }

        var parent = await FindAsync(input.ParentCode.Trim(), ct);
        if (parent is null)
        {
            v.Add("parentCode", $"上级机构“{input.ParentCode}”不存在。");
        }

        return parent;
    }
}
