namespace Gongkai.Core.Catalog;

public enum ItemAction
{
    Create = 0,
    Edit = 1,
    SubmitForReview = 2,
    PassReview = 3,
    Approve = 4,
    Return = 5,
    Publish = 6,
    Withdraw = 7,

    /// <summary>不予公开: the reviewer (or the approver) decides the item is not to be published, with a reason.</summary>
    Withhold = 8,
}

/// <summary>
/// "先审查、后发布": draft → 保密审查 → 审批 → published (or scheduled), with return-with-comments, withdrawal and
/// 不予公开. Pure: who may act is by role, when by status. <see cref="CatalogItem"/> adds what the content must satisfy.
/// </summary>
public static class ReviewChain
{
    public static StaffRole RoleFor(ItemAction a) => a switch
    {
        ItemAction.Create or ItemAction.Edit or ItemAction.SubmitForReview => StaffRole.Editor,
        ItemAction.PassReview => StaffRole.Reviewer,
        ItemAction.Approve or ItemAction.Withdraw => StaffRole.Approver,
        ItemAction.Publish => StaffRole.Approver,
        _ => StaffRole.Reviewer, // Return, Withhold: the reviewer, or the approver once the item is past review (below)
    };

    /// <summary>
    /// The role an <paramref name="action"/> needs on an item in <paramref name="from"/>: returning or withholding an
    /// item that already passed 保密审查 is the approver's decision, before that the reviewer's (谁审查、谁负责).
    /// </summary>
    public static StaffRole RoleFor(ItemAction action, ItemStatus from) =>
        action is ItemAction.Return or ItemAction.Withhold && from is ItemStatus.PendingApproval or ItemStatus.Scheduled
            ? StaffRole.Approver
            : RoleFor(action);

    /// <summary>The status after <paramref name="action"/>, or an error in Chinese.</summary>
    public static bool TryApply(ItemStatus from, ItemAction action, bool skipApproval, bool scheduled, out ItemStatus to, out string? error)
    {
        ItemStatus? next = (from, action) switch
        {
            (ItemStatus.Draft, ItemAction.Edit) => ItemStatus.Draft,
            (ItemStatus.Draft, ItemAction.SubmitForReview) => ItemStatus.PendingReview,
            (ItemStatus.PendingReview, ItemAction.PassReview) => skipApproval ? (scheduled ? ItemStatus.Scheduled : ItemStatus.Published) : ItemStatus.PendingApproval,
            (ItemStatus.PendingApproval, ItemAction.Approve) => scheduled ? ItemStatus.Scheduled : ItemStatus.Published,
            (ItemStatus.PendingReview or ItemStatus.PendingApproval or ItemStatus.Scheduled, ItemAction.Return) => ItemStatus.Draft,
            (ItemStatus.Scheduled, ItemAction.Publish) => ItemStatus.Published,
            (ItemStatus.Published, ItemAction.Withdraw) => ItemStatus.Withdrawn,

            // 不予公开 (条例第十四至十六条) before publication, from the draft on (公开属性源头认定); never undone here.
            (ItemStatus.Draft or ItemStatus.PendingReview or ItemStatus.PendingApproval or ItemStatus.Scheduled, ItemAction.Withhold) => ItemStatus.Withheld,
            _ => null,
        };
        to = next ?? from;
        error = next is null ? $"信息当前为“{from.Label()}”，不能“{action.Label()}”。" : null;
        return next is not null;
    }

    public static IEnumerable<ItemAction> AllowedFrom(ItemStatus from) =>
        Enum.GetValues<ItemAction>().Where(a => a != ItemAction.Create && TryApply(from, a, false, false, out _, out _));

    public static string Label(this ItemStatus s) => s switch
    {
        ItemStatus.Draft => "草稿",
        ItemStatus.PendingReview => "待保密审查",
        ItemStatus.PendingApproval => "待审批",
        ItemStatus.Scheduled => "待定时发布",
        ItemStatus.Published => "已发布",
        ItemStatus.Withdrawn => "已撤回",
        ItemStatus.Withheld => "不予公开",
        _ => s.ToString(),
    };

    public static string Label(this ItemAction a) => a switch
    {
        ItemAction.Create => "新建",
        ItemAction.Edit => "修改",
        ItemAction.SubmitForReview => "提交保密审查",
        ItemAction.PassReview => "保密审查通过",
        ItemAction.Approve => "审批通过",
        ItemAction.Return => "退回修改",
        ItemAction.Publish => "发布",
        ItemAction.Withdraw => "撤回",
        ItemAction.Withhold => "不予公开",
        _ => a.ToString(),
    };

    public static string Label(this PublicationChannel c) => c switch
    {
        PublicationChannel.Website => "政府网站",
        PublicationChannel.WeChat => "政务微信",
        PublicationChannel.Weibo => "政务微博",
        PublicationChannel.Gazette => "政府公报",
        PublicationChannel.NoticeBoard => "公开栏",
        PublicationChannel.Other => "其他",
        _ => c.ToString(),
    };

    public static string Label(this Validity v) => v switch
    {
        Validity.Effective => "有效",
        Validity.Expired => "失效",
        Validity.Repealed => "废止",
        _ => "",
    };

    /// <summary>索引号: the agency code, the year of first publication, a per-agency-year sequence.</summary>
    public static string IndexNumber(string agencyCode, int year, int sequence) =>
        FormattableString.Invariant($"{agencyCode}/{year}-{sequence:000000}");
}
