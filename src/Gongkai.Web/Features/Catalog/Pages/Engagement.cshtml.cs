namespace Gongkai.Web.Features.Catalog.Pages;

[Authorize]
public sealed class EngagementModel(AgencyScope scope, CatalogQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    [BindProperty]
    public EngagementInput Input { get; set; } = new(null, null, null, null, false);

    public string AgencyName { get; private set; } = "";

    public IReadOnlyList<EngagementRecord> Rows { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken ct)
    {
        Saved = saved;
        var id = await LoadAsync(ct);
        return id is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync([FromServices] AddEngagementHandler add, CancellationToken ct)
    {
        var id = await LoadAsync(ct);
        if (id is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var r = await add.HandleAsync(id.Value, Input, ct);
        if (r.Forbidden)
        {
            return Forbid();
        }

        if (r.Invalid is { } v)
        {
            v.CopyTo(ModelState, "Input.");
            return Page();
        }

        return RedirectToPage(new { agency = Agency, saved = true });
    }

    private async Task<int?> LoadAsync(CancellationToken ct)
    {
        if (await scope.ChooseAsync(Agency, AgencyAccess.Read, ct) is not { } a)
        {
            return null;
        }

        (Agency, AgencyName) = (a.Code, a.Name);
        Rows = await queries.EngagementAsync(a.Id, ct);
        return a.Id;
    }
}
