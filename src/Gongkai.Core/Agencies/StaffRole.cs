namespace Gongkai.Core.Agencies;

/// <summary>The roles a staff member holds in one agency (DESIGN.md §1).</summary>
public enum StaffRole
{
    AgencyAdmin = 1,
    Editor = 2,
    Reviewer = 3,
    Approver = 4,
    RequestHandler = 5,
    Supervisor = 6,
    PlatformAdmin = 7,
}

public static class StaffRoleNames
{
    public static IReadOnlyList<StaffRole> All { get; } = Enum.GetValues<StaffRole>();

    public static string Display(this StaffRole role) => role switch
    {
        StaffRole.AgencyAdmin => "机构管理员",
        StaffRole.Editor => "信息编辑",
        StaffRole.Reviewer => "保密审查员",
        StaffRole.Approver => "审批人",
        StaffRole.RequestHandler => "依申请经办人",
        StaffRole.Supervisor => "上级监管",
        StaffRole.PlatformAdmin => "平台管理员",
        _ => role.ToString(),
    };
}
