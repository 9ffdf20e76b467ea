using Gongkai.Web.Features.Calendar;
using Gongkai.Web.Features.Portal;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Features.Requests.Pages;

/// <summary>The citizen's online request form (条例第二十九条) and, after a durable save, the receipt.</summary>
[EnableRateLimiting(GongkaiServices.PublicFormsPolicy)]
public sealed class ApplyModel(GongkaiDbContext db, RequestIntake intake, CalendarProvider calendars) : PageModel
{
    [BindProperty]
    public RequestInput Input { get; set; } = new();

    public Agency Agency { get; private set; } = null!;

    public IntakeReceipt? Receipt { get; private set; }

    /// <summary>Shown on the receipt when the due date runs into a year whose holiday notice is not yet in the data.</summary>
    public string? DueNote { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agency, CancellationToken ct)
    {
        var a = await PortalAgency.LoadAsync(db, agency, ViewData, ct);
        if (a is null)
        {
            return NotFound();
        }

        Agency = a;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, CancellationToken ct)
    {
        var a = await PortalAgency.LoadAsync(db, agency, ViewData, ct);
        if (a is null)
        {
            return NotFound();
        }

        Agency = a;
        ModelState.Clear();
        var r = await intake.SubmitAsync(a.Id, Input, RequestChannel.Online, null, "公众（在线申请）", ct);
        if (r.Invalid is { } v)
        {
            v.CopyTo(ModelState, "Input.");
            return Page();
        }

        // Shown once: the key is not stored in clear anywhere, so the page must not be cached.
        Response.Headers.CacheControl = "no-store";
        Receipt = r.Value;
        DueNote = Receipt is { DueVerified: false, DueOn: { } due } ? ProvisionalDue.Note(await calendars.GetAsync(ct), Receipt.ReceivedOn, due) : null;
        return Page();
    }
}
