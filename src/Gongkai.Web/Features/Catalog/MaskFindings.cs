namespace Gongkai.Web.Features.Catalog;

/// <summary>
/// 信息编辑 masks the personal data in the title and body in one click (3601**********1234). A 密级 marking is refused
/// by the item: 涉密信息不上网, masked or not.
/// </summary>
public sealed class MaskFindingsHandler(CatalogStore store)
{
    public async Task<Outcome<CatalogItem>> HandleAsync(int id, CancellationToken ct)
    {
        var (act, stop) = await store.BeginAsync(id, _ => StaffRole.Editor, ct);
        return act is null
            ? stop
            : await store.FinishAsync(act, act.Item.Mask(act.Agency.Numbers, CatalogText.PlainText, act.By, act.At), ct);
    }
}
