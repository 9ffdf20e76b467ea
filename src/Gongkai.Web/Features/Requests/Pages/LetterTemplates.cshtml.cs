using Gongkai.Documents.Letters;

namespace Gongkai.Web.Features.Requests.Pages;

/// <summary>The agency admin words the agency's reply letters; placeholders are filled from each request.</summary>
[Authorize]
public sealed class LetterTemplatesModel(GongkaiDbContext db, StaffContext me, AgencyScope scope, RequestLetters letters) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    [BindProperty]
    public LetterKind Kind { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    public string AgencyName { get; private set; } = "";

    public IReadOnlyList<RequestLetters.TemplateView> Templates { get; private set; } = [];

    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? saved, CancellationToken ct)
    {
        var (id, refusal) = await AuthorizeAsync(ct);
        if (id is null)
        {
            return refusal!;
        }

        Saved = saved;
        Templates = await letters.TemplatesAsync(id.Value, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool reset, CancellationToken ct)
    {
        var (id, refusal) = await AuthorizeAsync(ct);
        if (id is null)
        {
            return refusal!;
        }

        ModelState.Clear();
        var r = await letters.SaveTemplateAsync(id.Value, Kind, reset ? null : Title, reset ? null : Body, ct);
        if (r.Invalid is { } v)
        {
            v.CopyTo(ModelState, Kind + ".");
            Templates = (await letters.TemplatesAsync(id.Value, ct))
                .Select(t => t.Kind == Kind ? t with { Title = Title ?? "", Body = Body ?? "" } : t).ToList();
            return Page();
        }

        return RedirectToPage(new { agency = Agency, saved = LetterTemplates.DefaultTitle(Kind) });
    }

    private async Task<(int? Id, IActionResult? Refusal)> AuthorizeAsync(CancellationToken ct)
    {
        var s = await me.GetAsync(ct);
        if (s is null)
        {
            return (null, Forbid());
        }

        var a = Agency is null
            ? await db.Agencies.AsNoTracking().FirstOrDefaultAsync(x => x.Id == s.HomeAgencyId, ct)
            : await db.Agencies.AsNoTracking().FirstOrDefaultAsync(x => x.Code == Agency, ct);
        if (a is null)
        {
            return (null, NotFound());
        }

        if (!await scope.CanAsync(a.Id, AgencyAccess.Administer, ct))
        {
            return (null, Forbid());
        }

        (Agency, AgencyName) = (a.Code, a.Name);
        return (a.Id, null);
    }
}
