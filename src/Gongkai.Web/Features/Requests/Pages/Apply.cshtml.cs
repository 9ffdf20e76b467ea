using Gongkai.Core.Agencies;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Gongkai.Web.Features.Portal;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Features.Requests.Pages;

/// <summary>The citizen's online request form (条例第二十九条) and, after a durable save, the receipt.</summary>
[EnableRateLimiting(GongkaiServices.PublicFormsPolicy)]
public sealed class ApplyModel(GongkaiDbContext db, RequestIntake intake) : PageModel
{
    [BindProperty]
    public RequestInput Input { get; set; } = new();

    public Agency Agency { get; private set; } = null!;

    public IntakeReceipt? Receipt { get; private set; }

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
        return Page();
    }
}
