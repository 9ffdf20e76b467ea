using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Web.Shared;

namespace Gongkai.Web.Features.Catalog;

/// <summary>信息编辑 changes a draft (every change is a new version).</summary>
public sealed class UpdateItemHandler(GongkaiDbContext db, StaffContext me, CatalogStore store, TimeProvider clock)
{
    public async Task<Outcome<CatalogItem>> HandleAsync(int id, ItemInput input, CancellationToken ct)
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

        var v = await input.ValidateAsync(db, item.AgencyId, item.Id, ct);
        if (!v.IsValid)
        {
            return Outcome<CatalogItem>.Fail(v);
        }

        var agency = await store.AgencyAsync(item.AgencyId, ct);
        if (item.Edit(input.ToContent(agency.Name), (await me.GetAsync(ct))!.UserName, clock.GetUtcNow()) is { } refused)
        {
            return refused.Fail<CatalogItem>();
        }

        await store.SaveAsync(item, "修改公开信息", ct);
        return Outcome<CatalogItem>.Ok(item);
    }
}
