namespace Gongkai.Web.Features.Portal.Pages;

public sealed class AgencyHomeModel(GongkaiDbContext db) : PageModel
{
    public Agency Agency { get; private set; } = null!;

    public IReadOnlyList<Agency> Subordinates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string agency, CancellationToken ct)
    {
        var a = await PortalAgency.LoadAsync(db, agency, ViewData, ct);
        if (a is null)
        {
            return NotFound();
        }

        Agency = a;
        Subordinates = await db.Agencies.AsNoTracking().Where(x => x.ParentId == a.Id).OrderBy(x => x.Id).ToListAsync(ct);
        return Page();
    }
}
