namespace Gongkai.Web.Features.Catalog.Pages;

/// <summary>The agency's items by status (work queues for editor, reviewer and approver) and its columns' health.</summary>
[Authorize]
public sealed class CatalogAdminModel(GongkaiDbContext db, AgencyScope scope, CatalogQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    [BindProperty(SupportsGet = true)]
    public ItemStatus? Status { get; set; }

    public IReadOnlyList<(string Code, string Name)> Agencies { get; private set; } = [];

    public IReadOnlyList<CatalogItem> Items { get; private set; } = [];

    public IReadOnlyDictionary<int, string> ColumnNames { get; private set; } = new Dictionary<int, string>();

    public IReadOnlyList<ColumnHealth> Health { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await scope.PickAsync(Agency, AgencyAccess.Read, ct) is not { } chosen)
        {
            return Forbid();
        }

        Agencies = (await scope.VisibleAsync(AgencyAccess.Read, ct)).Select(a => (a.Code, a.Name)).ToList();
        Agency = chosen.Code;
        ColumnNames = (await queries.ColumnsAsync(chosen.Id, ct)).ToDictionary(c => c.Id, c => c.Name);
        var q = db.CatalogItems.AsNoTracking().Where(i => i.AgencyId == chosen.Id);
        if (Status is not null)
        {
            q = q.Where(i => i.Status == Status);
        }

        Items = await q.OrderByDescending(i => i.UpdatedAt).Take(200).ToListAsync(ct);
        Health = await queries.HealthAsync(chosen.Id, ct);
        return Page();
    }
}
