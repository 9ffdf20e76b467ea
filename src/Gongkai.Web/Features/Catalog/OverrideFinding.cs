using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;
using Gongkai.Web.Features.Requests;
using Gongkai.Web.Shared;

namespace Gongkai.Web.Features.Catalog;

/// <summary>The reviewer's allowance of one finding.</summary>
public sealed record OverrideInput(FindingKind? Kind, string? Text, string? Reason);

/// <summary>
/// 保密审查员 decides a finding may be published, with the reason kept (谁审查、谁负责). Never a 密级 marking: the item
/// refuses it, and the reviewer is left with 退回 or 不予公开.
/// </summary>
public sealed class OverrideFindingHandler(StaffContext me, CatalogStore store, TimeProvider clock)
{
    public async Task<Outcome<CatalogItem>> HandleAsync(int id, OverrideInput input, CancellationToken ct)
    {
        var item = await store.LoadAsync(id, ct);
        if (item is null)
        {
            return Outcome<CatalogItem>.Missing;
        }

        if (!await me.HasRoleAsync(item.AgencyId, StaffRole.Reviewer, ct))
        {
            return Outcome<CatalogItem>.Denied;
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

        var agency = await store.AgencyAsync(item.AgencyId, ct);
        var by = (await me.GetAsync(ct))!.UserName;
        if (item.AllowFinding(input.Kind!.Value, input.Text, RequestInput.Clean(input.Reason), agency.Numbers, by, clock.GetUtcNow()) is { } refused)
        {
            return refused.Fail<CatalogItem>();
        }

        await store.SaveAsync(item, "审查员允许公开检查项", ct);
        return Outcome<CatalogItem>.Ok(item);
    }
}
