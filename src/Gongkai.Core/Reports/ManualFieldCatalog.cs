namespace Gongkai.Core.Reports;

/// <summary>The figures Gongkai cannot know, per format. Keys are semantic, not row keys, so the same fact
/// (e.g. 行政许可 decisions) keeps its key in the 2019 and 2021 formats.</summary>
internal static class ManualFieldCatalog
{
    // 国办公开办函〔2021〕30号 表二: decisions and fee income live in the licensing, enforcement and finance systems.
    public static readonly IReadOnlyList<ManualField> Format2021 =
    [
        new("license.decisions", "行政许可：本年处理决定数量", "件"),
        new("penalty.decisions", "行政处罚：本年处理决定数量", "件"),
        new("coercion.decisions", "行政强制：本年处理决定数量", "件"),
        new("adminFees.amount", "行政事业性收费：本年收费金额", "万元"),
    ];

    // 国办公开办函〔2019〕60号 表二: item counts of the 权责清单 and their change, decisions, procurement.
    public static readonly IReadOnlyList<ManualField> Format2019 =
    [
        new("license.previousItems", "行政许可：上一年项目数量", "项"),
        new("license.change", "行政许可：本年增/减（减少填负数）", "项"),
        new("license.decisions", "行政许可：处理决定数量", "件"),
        new("otherServices.previousItems", "其他对外管理服务事项：上一年项目数量", "项"),
        new("otherServices.change", "其他对外管理服务事项：本年增/减（减少填负数）", "项"),
        new("otherServices.decisions", "其他对外管理服务事项：处理决定数量", "件"),
        new("penalty.previousItems", "行政处罚：上一年项目数量", "项"),
        new("penalty.change", "行政处罚：本年增/减（减少填负数）", "项"),
        new("penalty.decisions", "行政处罚：处理决定数量", "件"),
        new("coercion.previousItems", "行政强制：上一年项目数量", "项"),
        new("coercion.change", "行政强制：本年增/减（减少填负数）", "项"),
        new("coercion.decisions", "行政强制：处理决定数量", "件"),
        new("adminFees.previousItems", "行政事业性收费：上一年项目数量", "项"),
        new("adminFees.change", "行政事业性收费：本年增/减（减少填负数）", "项"),
        new("procurement.projects", "政府集中采购：采购项目数量", "个"),
        new("procurement.amount", "政府集中采购：采购总金额", "万元"),
    ];

    // 政府信息公开情况统计表 八、九: organisation, staff, budget, meetings and training.
    public static readonly IReadOnlyList<ManualField> Legacy =
    [
        new("legacy.offices", "政府信息公开工作专门机构数", "个"),
        new("legacy.readingPoints", "设置政府信息公开查阅点数", "个"),
        new("legacy.staff.fullTime", "专职人员数（不包括政府公报及政府网站工作人员数）", "人"),
        new("legacy.staff.partTime", "兼职人员数", "人"),
        new("legacy.budget", "政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元"),
        new("legacy.conferences", "召开政府信息公开工作会议或专题会议数", "次"),
        new("legacy.trainings", "举办各类培训班数", "次"),
        new("legacy.trainees", "接受培训人员数", "人次"),
    ];

    public static IReadOnlyList<ManualField> For(ReportFormat format) => format switch
    {
        ReportFormat.Format2021 => Format2021,
        ReportFormat.Format2019 => Format2019,
        ReportFormat.Legacy => Legacy,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "未知的年度报告格式"),
    };
}
