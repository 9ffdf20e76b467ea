namespace Gongkai.Web.Features.Portal;

public sealed record PortalColumn(string Key, string Name, string Summary);

/// <summary>The standard top-level disclosure columns every agency's portal shows (政府信息公开专栏).</summary>
public static class PortalColumns
{
    public static IReadOnlyList<PortalColumn> All { get; } =
    [
        new("guide", "信息公开指南", "公开方式、申请流程、受理机构与联系方式"),
        new("rules", "信息公开制度", "本机关政府信息公开工作制度"),
        new("catalog", "法定主动公开内容", "机构职能、政策文件、财政预决算等法定公开事项"),
        new("reports", "政府信息公开年报", "历年政府信息公开工作年度报告"),
        new("apply", "依申请公开", "在线提交政府信息公开申请、查询办理进度"),
    ];

    public static PortalColumn? Find(string key) => All.FirstOrDefault(c => c.Key == key);
}
