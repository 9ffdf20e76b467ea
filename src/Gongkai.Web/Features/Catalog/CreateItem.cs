namespace Gongkai.Web.Features.Catalog;

/// <summary>信息编辑 drafts a new item; nothing is published before 保密审查 (先审查、后发布).</summary>
public sealed class CreateItemHandler(GongkaiDbContext db, StaffContext me, AgencyScope scope, CatalogStore store, TimeProvider clock)
{
    public async Task<Outcome<CatalogItem>> HandleAsync(int agencyId, ItemInput input, CancellationToken ct)
    {
        if (!await scope.CanAsync(agencyId, AgencyAccess.Read, ct))
        {
            return Outcome<CatalogItem>.Missing;
        }

        if (!await scope.CanAsync(agencyId, AgencyAccess.Edit, ct))
        {
            return Outcome<CatalogItem>.Denied;
        }

        var v = await input.ValidateAsync(db, agencyId, null, ct);
        if (!v.IsValid)
        {
            return Outcome<CatalogItem>.Fail(v);
        }

        var agency = await store.AgencyAsync(agencyId, ct);
        var item = CatalogItem.NewDraft(agencyId, input.ToContent(agency.Name), (await me.GetAsync(ct))!.UserName, clock.GetUtcNow());
        await store.SaveAsync(item, ct);
        return Outcome<CatalogItem>.Ok(item);
    }
}
