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

/// <summary>A government agency that discloses information. Every record in Gongkai belongs to one agency.</summary>
public sealed class Agency
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 64;

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
