namespace Gongkai.Web.Features.Agencies.Pages;

public sealed class AgencyForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public AgencyLevel? Level { get; set; }

    public string? ParentCode { get; set; }

    public AgencyInput ToInput() => new(Code, Name, Level, ParentCode);
}

[Authorize]
public sealed class AgenciesModel(AgencyQueries agencies, CreateAgencyHandler create, AgencyScope scope) : PageModel
{
    [BindProperty]
    public AgencyForm Input { get; set; } = new();

    public IReadOnlyList<AgencyDto> Agencies { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await scope.IsPlatformAdminAsync(ct))
        {
            return Forbid();
        }

        Agencies = await agencies.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Model binding errors (e.g. an unknown level) are replaced by our own Chinese messages.
        ModelState.Clear();
        var r = await create.HandleAsync(Input.ToInput(), ct);
        if (this.Refusal(r) is { } refused)
        {
            return refused;
        }

        if (r.Invalid is { } v)
        {
            v.CopyTo(ModelState, "Input.");
            Agencies = await agencies.ListAsync(ct);
            return Page();
        }

        Message = $"已新建机构“{r.Value!.Name}”。";
        return RedirectToPage();
    }
}
