using Gongkai.Web.Features.Requests;

namespace Gongkai.Web.Features.Remedies.Pages;

/// <summary>One agency's 行政复议, 行政诉讼 and 举报投诉 cases; handlers register new ones here.</summary>
[Authorize]
public sealed class RemediesModel(AgencyScope scope, RemedyQueries remedies, CreateRemedyHandler create) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    [BindProperty]
    public RemedyForm Input { get; set; } = new();

    public IReadOnlyList<(string Code, string Name)> Agencies { get; private set; } = [];

    public string AgencyName { get; private set; } = "";

    public IReadOnlyList<RemedyRow> Rows { get; private set; } = [];

    public bool CanRegister { get; private set; }

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        Done = done;
        return await LoadAsync(ct) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The agency posted must be the one registered into: never fall back to another the way the selector does.
        var requested = Agency;
        if (!await LoadAsync(ct) || Agency != requested)
        {
            return NotFound();
        }

        if (!CanRegister)
        {
            return Forbid();
        }

        ModelState.Clear();
        var r = await create.HandleAsync(Agency!, Input.ToInput(), ct);
        if (this.Refusal(r) is { } refused)
        {
            return refused;
        }

        if (r.Invalid is { } v)
        {
            v.CopyTo(ModelState, "Input.");
            return Page();
        }

        return RedirectToPage(new { agency = Agency, done = "登记" + r.Value!.KindLabel + (r.Value.CaseNumber is { } n ? " " + n : "") });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var chosen = await scope.PickAsync(Agency, AgencyAccess.ReadRequests, ct, prefer: AgencyAccess.HandleRequests);
        if (chosen is null)
        {
            return false;
        }

        Agencies = (await scope.VisibleAsync(AgencyAccess.ReadRequests, ct)).Select(v => (v.Code, v.Name)).ToList();
        Agency = chosen.Code;
        AgencyName = chosen.Name;
        CanRegister = await scope.CanAsync(chosen.Id, AgencyAccess.HandleRequests, ct);
        Rows = (await remedies.ListAsync(chosen.Code, ct)).Value ?? [];
        return true;
    }
}
