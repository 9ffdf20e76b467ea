namespace Gongkai.Web.Features.Requests.Pages;

/// <summary>The handler's (or supervisor's) queue for one agency, most urgent first.</summary>
[Authorize]
public sealed class QueueModel(AgencyScope scope, RequestQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public IReadOnlyList<(string Code, string Name)> Agencies { get; private set; } = [];

    public IReadOnlyList<QueueRow> Rows { get; private set; } = [];

    public bool CanRegister { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var chosen = await scope.PickAsync(Agency, AgencyAccess.ReadRequests, ct, prefer: AgencyAccess.HandleRequests);
        if (chosen is null)
        {
            return Forbid();
        }

        Agencies = (await scope.VisibleAsync(AgencyAccess.ReadRequests, ct)).Select(v => (v.Code, v.Name)).ToList();
        Agency = chosen.Code;
        CanRegister = await scope.CanAsync(chosen.Id, AgencyAccess.HandleRequests, ct);
        Rows = await queries.QueueAsync(chosen.Id, openOnly: !All, ct);
        return Page();
    }
}
