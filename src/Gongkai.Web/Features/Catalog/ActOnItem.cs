using Gongkai.Web.Features.Requests;

namespace Gongkai.Web.Features.Catalog;

/// <summary>A step of the review chain. <see cref="WithFindings"/>: submit despite scan findings, for the reviewer to decide.</summary>
public sealed record ItemStep(ItemAction Action, string? Comment, bool WithFindings = false);

/// <summary>
/// One step of "先审查、后发布": 提交保密审查, 保密审查通过, 审批通过, 发布 (a scheduled item now), 退回, 撤回, 不予公开.
/// Who may take it is checked here (a staff member's roles live in the database, per agency); what the item's
/// status and content allow is the item's own decision.
/// </summary>
public sealed class ActOnItemHandler(GongkaiDbContext db, CatalogStore store)
{
    public async Task<Outcome<CatalogItem>> HandleAsync(int id, ItemStep step, CancellationToken ct)
    {
        var (act, stop) = await store.BeginAsync(id, item => ReviewChain.RoleFor(step.Action, item.Status), ct);
        if (act is null)
        {
            return stop;
        }

        var label = step.Action switch
        {
            ItemAction.Withdraw => "撤回原因",
            ItemAction.Withhold => "不予公开的理由",
            _ => "退回意见",
        };
        var v = new Validation().Text("Comment", label, step.Comment, 500, required: false);
        if (!v.IsValid)
        {
            return Outcome<CatalogItem>.Fail(v);
        }

        var (item, numbers, by, now) = (act.Item, act.Agency.Numbers, act.By, act.At);
        var comment = RequestInput.Clean(step.Comment);
        var refused = step.Action switch
        {
            ItemAction.SubmitForReview => item.Submit(step.WithFindings, numbers, by, now),
            ItemAction.PassReview => item.Review(await SkipsApprovalAsync(item.ColumnId, ct), numbers, comment, by, now),
            ItemAction.Approve => item.Approve(numbers, comment, by, now),
            ItemAction.Publish => item.Publish(numbers, by, now),
            ItemAction.Return => item.Return(comment, by, now),
            ItemAction.Withdraw => item.Withdraw(comment, by, now),
            ItemAction.Withhold => item.Withhold(comment, by, now),
            _ => new Refusal("Action", $"“{step.Action.Label()}”不是审查流程中的步骤。"),
        };
        return await store.FinishAsync(act, refused, ct);
    }

    private Task<bool> SkipsApprovalAsync(int columnId, CancellationToken ct) =>
        db.CatalogColumns.Where(c => c.Id == columnId).Select(c => c.SkipApproval).SingleAsync(ct);
}
