namespace Gongkai.Web.Features.Portal.Pages;

public sealed class ColumnModel(GongkaiDbContext db) : PageModel
{
    public Agency Agency { get; private set; } = null!;

    public PortalColumn Column { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string agency, string column, CancellationToken ct)
    {
        var c = PortalColumns.Find(column);
        var a = c is null ? null : await PortalAgency.LoadAsync(db, agency, ViewData, ct);
        if (a is null || c is null)
        {
            return NotFound();
        }

        (Agency, Column) = (a, c);
        return Page();
    }
}
