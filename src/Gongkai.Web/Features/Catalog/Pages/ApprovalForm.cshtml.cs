namespace Gongkai.Web.Features.Catalog.Pages;

/// <summary>The printable 政府信息主动公开审批表: who drafted, reviewed and approved, with dates and opinions.</summary>
[Authorize]
public sealed class ApprovalFormModel(GongkaiDbContext db, CatalogQueries queries) : PageModel
{
    public CatalogItem Item { get; private set; } = null!;

    public string AgencyName { get; private set; } = "";

    public string ColumnName { get; private set; } = "";

    public ItemEvent? Last(ItemAction a) => Item.Events.Where(e => e.Action == a).OrderBy(e => e.Id).LastOrDefault();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var item = await queries.ItemAsync(id, ct);
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        AgencyName = await db.Agencies.Where(a => a.Id == item.AgencyId).Select(a => a.Name).SingleAsync(ct);
        ColumnName = await db.CatalogColumns.Where(c => c.Id == item.ColumnId).Select(c => c.Name).SingleAsync(ct);
        return Page();
    }
}
