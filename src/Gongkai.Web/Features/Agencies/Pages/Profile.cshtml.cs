namespace Gongkai.Web.Features.Agencies.Pages;

[Authorize]
public sealed class ProfileModel(UpdateAgencyProfileHandler profile) : PageModel
{
    public sealed class Form
    {
        public string? Address { get; set; }

        public string? Phone { get; set; }

        public string? OfficeHours { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty]
    public Form Input { get; set; } = new();

    public string AgencyName { get; private set; } = "";

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken ct)
    {
        var r = await profile.LoadAsync(Code, ct);
        if (this.Refusal(r) is { } refused)
        {
            return refused;
        }

        var a = r.Value!;
        AgencyName = a.Name;
        Saved = saved;
        Input = new Form { Address = a.Address, Phone = a.Phone, OfficeHours = a.OfficeHours };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var r = await profile.HandleAsync(Code, new AgencyProfileInput(Input.Address, Input.Phone, Input.OfficeHours), ct);
        if (this.Refusal(r) is { } refused)
        {
            return refused;
        }

        if (r.Invalid is { } v)
        {
            AgencyName = (await profile.LoadAsync(Code, ct)).Value?.Name ?? "";
            v.CopyTo(ModelState, "Input.");
            return Page();
        }

        return RedirectToPage(new { code = Code, saved = true });
    }
}
