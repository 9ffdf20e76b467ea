namespace Gongkai.Core.Catalog;

public sealed record StandardColumn(string Key, string Name, int? UpdateEveryDays, bool SkipApproval = false, bool HasValidity = false, string? Parent = null);

/// <summary>
/// The standard 政府信息公开目录 of a township (条例第十九、二十条 and the items the seeds list). Update intervals are
/// the expectations supervisors check: dynamic news every two weeks, policies and finances every half year.
/// </summary>
public static class StandardColumns
{
    public static IReadOnlyList<StandardColumn> Township { get; } =
    [
        new("jigou", "机构概况", 365),
        new("zhengce", "政策文件", 183),
        new("guifan", "规范性文件", 183, HasValidity: true, Parent: "zhengce"),
        new("qita-wenjian", "其他文件", 183, Parent: "zhengce"),
        new("guihua", "规划计划", 365),
        new("caizheng", "财政预决算", 183),
        new("xiangmu", "重大建设项目", 183),
        new("ziyuan", "公共资源配置", 183),
        new("zhengdi", "征地拆迁", 183),
        new("jiuzhu", "社会救助", 92),
        new("fupin", "扶贫与乡村振兴", 183),
        new("renshi", "人事信息", 365),
        new("zhifa", "行政执法", 183),
        new("shoufei", "行政事业性收费", 365),
        new("tufa", "突发事件", null),
        new("jiandu", "监督检查", 183),
        new("dongtai", "工作动态", 14, SkipApproval: true),
        new("jiedu", "政策解读", 183),
        new("huiying", "回应关切", null),
        new("jianyi", "建议提案办理", 365),
        new("nianbao", "年度报告", 365),
    ];
}

public sealed record ColumnHealth(int ColumnId, string Name, DateTimeOffset? LastPublishedAt, int? ExpectedEveryDays, bool Empty, bool Stale, int? DaysSince);

/// <summary>Stale and empty columns, for the agency and its supervisor ("late and thin disclosure", the seeds' admission).</summary>
public static class CatalogHealth
{
    public static ColumnHealth Check(int columnId, string name, int? everyDays, DateTimeOffset? lastPublished, DateTimeOffset now)
    {
        var days = lastPublished is { } last ? (int)Math.Floor((now - last).TotalDays) : (int?)null;
        var empty = lastPublished is null;
        var stale = everyDays is { } every && (empty || days > every);
        return new ColumnHealth(columnId, name, lastPublished, everyDays, empty, stale, days);
    }
}
