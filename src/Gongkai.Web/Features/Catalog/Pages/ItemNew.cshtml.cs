namespace Gongkai.Web.Features.Catalog.Pages;

[Authorize]
public sealed class ItemNewModel(AgencyScope scope, CatalogQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Column { get; set; }

    /// <summary>A prefilled title, e.g. from a request's 第四十四条 suggestion.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Title { get; set; }

    [BindProperty]
    public ItemForm Form { get; set; } = new();

    public string AgencyName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var id = await LoadAsync(ct);
        if (id is null)
        {
            return NotFound();
        }

        Form.ColumnId = Column;
        Form.Title = Title;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromServices] CreateItemHandler create, CancellationToken ct)
    {
        var id = await LoadAsync(ct);
        if (id is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var r = await create.HandleAsync(id.Value, Form.ToInput(), ct);
        if (r.Forbidden)
        {
            return Forbid();
        }

        if (r.Invalid is { } v)
        {
            v.CopyTo(ModelState, "Form.");
            return Page();
        }

        return Redirect($"/admin/catalog/{r.Value!.Id}?done=" + Uri.EscapeDataString("已保存草稿"));
    }

    private async Task<int?> LoadAsync(CancellationToken ct)
    {
        if (await scope.ChooseAsync(Agency, AgencyAccess.Read, ct) is not { } a)
        {
            return null;
        }

        (Agency, AgencyName) = (a.Code, a.Name);
        Form.Columns = await queries.ColumnsAsync(a.Id, ct);
        return a.Id;
    }
}
