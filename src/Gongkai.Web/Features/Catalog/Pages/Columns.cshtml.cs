namespace Gongkai.Web.Features.Catalog.Pages;

/// <summary>The agency admin edits the catalog's columns.</summary>
[Authorize]
public sealed class ColumnsModel(AgencyScope scope, CatalogQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    [BindProperty]
    public int? ColumnId { get; set; }

    [BindProperty]
    public string? Key { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public int? ParentId { get; set; }

    [BindProperty]
    public int? UpdateEveryDays { get; set; }

    [BindProperty]
    public bool SkipApproval { get; set; }

    [BindProperty]
    public bool HasValidity { get; set; }

    public string AgencyName { get; private set; } = "";

    public IReadOnlyList<CatalogColumn> Columns { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken ct)
    {
        Saved = saved;
        var id = await LoadAsync(ct);
        return id is null ? Forbid() : Page();
    }

    public async Task<IActionResult> OnPostAsync([FromServices] SaveColumnHandler save, CancellationToken ct)
    {
        var id = await LoadAsync(ct);
        if (id is null)
        {
            return Forbid();
        }

        ModelState.Clear();
        var sort = ColumnId is { } existing ? Columns.FirstOrDefault(c => c.Id == existing)?.SortOrder : null;
        var r = await save.HandleAsync(id.Value, ColumnId, new ColumnInput(Key, Name, ParentId, sort, UpdateEveryDays, SkipApproval, HasValidity), ct);
        if (r.Forbidden)
        {
            return Forbid();
        }

        if (r.Invalid is { } v)
        {
            v.CopyTo(ModelState, ColumnId is null ? "new." : $"c{ColumnId}.");
            return Page();
        }

        return RedirectToPage(new { agency = Agency, saved = true });
    }

    private async Task<int?> LoadAsync(CancellationToken ct)
    {
        if (await scope.ChooseAsync(Agency, AgencyAccess.Administer, ct) is not { } a)
        {
            return null;
        }

        (Agency, AgencyName) = (a.Code, a.Name);
        Columns = await queries.ColumnsAsync(a.Id, ct);
        return a.Id;
    }
}
