using Gongkai.Web.Features.Requests;

namespace Gongkai.Web.Features.Catalog;

/// <summary>The reviewer's allowance of one finding.</summary>
public sealed record OverrideInput(FindingKind? Kind, string? Text, string? Reason);

/// <summary>
/// 保密审查员 decides a finding may be published, with the reason kept (谁审查、谁负责). Never a 密级 marking: the item
/// refuses it, and the reviewer is left with 退回 or 不予公开.
/// </summary>
public sealed class OverrideFindingHandler(CatalogStore store)
{
    public async Task<Outcome<CatalogItem>> HandleAsync(int id, OverrideInput input, CancellationToken ct)
    {
        var (act, stop) = await store.BeginAsync(id, _ => StaffRole.Reviewer, ct);
        if (act is null)
        {
            return stop;
        }

        var v = new Validation().Text("Reason", "允许公开的理由", input.Reason, 500, required: false);
        if (input.Kind is null)
        {
            v.Add("Kind", "请指明检查项类型。");
        }

        if (!v.IsValid)
        {
            return Outcome<CatalogItem>.Fail(v);
        }

        var refused = act.Item.AllowFinding(input.Kind!.Value, input.Text, RequestInput.Clean(input.Reason), act.Agency.Numbers, act.By, act.At);
        return await store.FinishAsync(act, refused, ct);
    }
}
