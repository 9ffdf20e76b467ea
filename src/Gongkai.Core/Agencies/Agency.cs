using System.Text.RegularExpressions;

namespace Gongkai.Core.Agencies;

/// <summary>Where an agency sits in the administrative tree (县 → 乡镇 / 街道 / 部门).</summary>
public enum AgencyLevel
{
    Province = 0,
    City = 1,
    County = 2,
    Township = 3,
    Street = 4,
    Department = 5,
    Office = 6,
}

/// <summary>A new agency's or a revised agency's place in the tree, as entered by the platform admin.</summary>
/// <param name="Name">The name as entered.</param>
/// <param name="Level">The level chosen.</param>
/// <param name="ParentCode">The parent's code as entered (blank for a top-level agency).</param>
/// <param name="Parent">The agency that code names, or null when there is none.</param>
public sealed record AgencyPlacement(string? Name, AgencyLevel? Level, string? ParentCode, Agency? Parent);

/// <summary>A registration: the new agency, or why there is none.</summary>
public sealed record AgencyRegistration(Agency? Agency, IReadOnlyList<Refusal> Refusals);

/// <summary>A government agency that discloses information. Every record in Gongkai belongs to one agency.</summary>
public sealed partial class Agency : IAgencyOwned
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 64;
    public const int MaxAddressLength = 200;
    public const int MaxPhoneLength = 50;
    public const int MaxOfficeHoursLength = 200;

    // Codes are URL segments of the portal (/{code}/), so they must not shadow the app's own routes.
    private static readonly HashSet<string> ReservedCodes = new(StringComparer.Ordinal)
    {
        "admin", "api", "account", "healthz", "openapi", "css", "js", "lib", "img", "error", "ui", "static", "favicon.ico",
        "track", "search", "feed", "sitemap.xml", "robots.txt", "_prefs",
    };

    public int Id { get; set; }

    /// <summary>Stable URL code, lower-case ASCII (the portal lives at <c>/{Code}/</c>).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public AgencyLevel Level { get; set; }

    public int? ParentId { get; set; }

    public Agency? Parent { get; set; }

    /// <summary>Office address, hours and phone shown in the 公开指南 and on the portal footer.</summary>
    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? OfficeHours { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>An agency's own record is its agency's: its changes show in that agency's audit log.</summary>
    int IAgencyOwned.AgencyId => Id;

    /// <summary>
    /// A new agency: a well-formed, unreserved code no other agency has, a name, a level and an existing parent (or none).
    /// </summary>
    /// <param name="code">The code as entered.</param>
    /// <param name="placement">Name, level and parent.</param>
    /// <param name="codeTaken">Whether an agency with the trimmed code exists already.</param>
    /// <param name="at">When.</param>
    public static AgencyRegistration Register(string? code, AgencyPlacement placement, bool codeTaken, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(placement);
        var refusals = new RefusalList().Text("code", "机构代码", code, MaxCodeLength);
        if (!string.IsNullOrWhiteSpace(code) && code.Trim().Length <= MaxCodeLength)
        {
            var c = code.Trim();
            if (!CodePattern().IsMatch(c))
            {
                refusals.Add("code", "机构代码须以小写字母开头，只含小写字母、数字和连字符，共2到32个字符（例如 songjiang）。");
            }
            else if (ReservedCodes.Contains(c))
            {
                refusals.Add("code", $"“{c}”是系统保留字，不能作为机构代码。");
            }
            else if (codeTaken)
            {
                refusals.Add("code", $"机构代码“{c}”已存在。");
            }
        }

        CheckPlacement(refusals, placement);
        if (!refusals.IsEmpty)
        {
            return new AgencyRegistration(null, refusals);
        }

        return new AgencyRegistration(
            new Agency { Code = code!.Trim(), Name = placement.Name!.Trim(), Level = placement.Level!.Value, ParentId = placement.Parent?.Id, CreatedAt = at },
            []);
    }

    /// <summary>Renames, re-levels or moves the agency; the code is stable and never changes. Refused, leaving the agency
    /// unchanged, when a field is invalid or the new parent is the agency itself or below it (the tree would become a cycle).</summary>
    /// <param name="placement">Name, level and parent.</param>
    /// <param name="tree">Every agency's id and parent id (read only when there is a parent to check).</param>
    public IReadOnlyList<Refusal> Revise(AgencyPlacement placement, IEnumerable<(int Id, int? ParentId)> tree)
    {
        ArgumentNullException.ThrowIfNull(placement);
        ArgumentNullException.ThrowIfNull(tree);
        var refusals = new RefusalList();
        CheckPlacement(refusals, placement);
        if (placement.Parent is { } parent && AgencyTree.WouldCreateCycle(Id, parent.Id, tree))
        {
            refusals.Add("parentCode", $"不能把“{parent.Name}”设为上级：它是“{Name}”本身或其下级，会形成循环。");
        }

        if (!refusals.IsEmpty)
        {
            return refusals;
        }

        Name = placement.Name!.Trim();
        Level = placement.Level!.Value;
        ParentId = placement.Parent?.Id;
        return [];
    }

    /// <summary>Changes the contact details shown in the 公开指南 and the portal footer (all optional, length-limited).</summary>
    public IReadOnlyList<Refusal> ReviseContact(string? address, string? phone, string? officeHours)
    {
        var refusals = new RefusalList()
            .Text("address", "办公地址", address, MaxAddressLength, required: false)
            .Text("phone", "联系电话", phone, MaxPhoneLength, required: false)
            .Text("officeHours", "办公时间", officeHours, MaxOfficeHoursLength, required: false);
        if (!refusals.IsEmpty)
        {
            return refusals;
        }

        Address = Clean(address);
        Phone = Clean(phone);
        OfficeHours = Clean(officeHours);
        return [];
    }

    private static void CheckPlacement(RefusalList refusals, AgencyPlacement placement)
    {
        refusals.Text("name", "机构名称", placement.Name, MaxNameLength);
        if (placement.Level is null || !Enum.IsDefined(placement.Level.Value))
        {
            refusals.Add("level", "请选择机构层级。");
        }

        if (!string.IsNullOrWhiteSpace(placement.ParentCode) && placement.Parent is null)
        {
            refusals.Add("parentCode", $"上级机构“{placement.ParentCode}”不存在。");
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{1,31}$")]
    private static partial Regex CodePattern();

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public static class AgencyLevelNames
{
    public static string Display(this AgencyLevel level) => level switch
    {
        AgencyLevel.Province => "省级",
        AgencyLevel.City => "市级",
        AgencyLevel.County => "县级",
        AgencyLevel.Township => "乡镇",
        AgencyLevel.Street => "街道",
        AgencyLevel.Department => "部门",
        AgencyLevel.Office => "办事机构",
        _ => level.ToString(),
    };
}

/// <summary>Records that belong to one agency (the isolation boundary).</summary>
public interface IAgencyOwned
{
    int AgencyId { get; }
}

/// <summary>
/// A row that is part of an agency's aggregate and belongs to the aggregate's agency: an item's attachment, channel or
/// scan override, a request's attachment, a user's API token.
/// </summary>
public interface IAgencyOwnedPart
{
    /// <summary>The aggregate this row is part of; null while it is not loaded.</summary>
    IAgencyOwned? Owner { get; }
}
