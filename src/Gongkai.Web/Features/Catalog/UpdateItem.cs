namespace Gongkai.Web.Features.Catalog;

/// <summary>信息编辑 changes a draft (every change is a new version).</summary>
public sealed class UpdateItemHandler(GongkaiDbContext db, CatalogStore store)
{
    public async Task<Outcome<CatalogItem>> HandleAsync(int id, ItemInput input, CancellationToken ct)
    {
        var (act, stop) = await store.BeginAsync(id, _ => StaffRole.Editor, ct);
        if (act is null)
        {
            return stop;
        }

        var v = await input.ValidateAsync(db, act.Item.AgencyId, act.Item.Id, ct);
        return v.IsValid
            ? await store.FinishAsync(act, act.Item.Edit(input.ToContent(act.Agency.Name), act.By, act.At), ct)
            : Outcome<CatalogItem>.Fail(v);
    }
}
