using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;
using Gongkai.Web.Shared;

namespace Gongkai.Web.Features.Catalog;

/// <summary>
/// 信息编辑 masks the personal data in the title and body in one click (3601**********1234). A 密级 marking is refused
/// by the item: 涉密信息不上网, masked or not.
/// </summary>
public sealed class MaskFindingsHandler(StaffContext me, CatalogStore store, TimeProvider clock)
{
    public async Task<Outcome<CatalogItem>> HandleAsync(int id, CancellationToken ct)
    {
        var item = await store.LoadAsync(id, ct);
        if (item is null)
        {
            return Outcome<CatalogItem>.Missing;
        }

        if (!await me.HasRoleAsync(item.AgencyId, StaffRole.Editor, ct))
        {
            return Outcome<CatalogItem>.Denied;
        }

        var agency = await store.AgencyAsync(item.AgencyId, ct);
        if (item.Mask(agency.Numbers, CatalogText.PlainText, (await me.GetAsync(ct))!.UserName, clock.GetUtcNow()) is { } refused)
        {
            return refused.Fail<CatalogItem>();
        }

        await store.SaveAsync(item, "遮盖敏感信息", ct);
        return Outcome<CatalogItem>.Ok(item);
    }
}
