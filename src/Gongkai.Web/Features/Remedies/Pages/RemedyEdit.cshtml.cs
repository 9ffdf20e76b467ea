namespace Gongkai.Web.Features.Remedies.Pages;

/// <summary>One case: handlers record its result and decision date (or correct its number, body and summary).</summary>
[Authorize]
public sealed class RemedyEditModel(RemedyQueries remedies, UpdateRemedyHandler update) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public RemedyForm Input { get; set; } = new();

    public RemedyRow Data { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input = RemedyForm.Of(Data);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var r = await update.HandleAsync(Id, Input.ToUpdate(), ct);
        if (this.Refusal(r) is { } refused)
        {
            return refused;
        }

        if (r.Invalid is { } v)
        {
            v.CopyTo(ModelState, "Input.");
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        var c = r.Value!;
        return RedirectToPage("Remedies", new { agency = c.AgencyCode, done = $"{c.KindLabel}{(c.CaseNumber is { } n ? " " + n : "")}：{c.ResultLabel}" });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var d = await remedies.GetAsync(Id, ct);
        if (d is null)
        {
            return false;
        }

        Data = d;
        CanEdit = await remedies.CanWriteAsync(Id, ct);
        return true;
    }
}
