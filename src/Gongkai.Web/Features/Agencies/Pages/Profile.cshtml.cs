using Gongkai.Core.Agencies;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Agencies.Pages;

[Authorize]
public sealed class ProfileModel(AgencyService agencies, StaffContext me) : PageModel
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
        var (a, refusal) = await LoadAsync(ct);
        if (a is null)
        {
            return refusal!;
        }

        Saved = saved;
        Input = new Form { Address = a.Address, Phone = a.Phone, OfficeHours = a.OfficeHours };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (a, refusal) = await LoadAsync(ct);
        if (a is null)
        {
            return refusal!;
        }

        var r = await agencies.UpdateProfileAsync(a, new AgencyProfileInput(Input.Address, Input.Phone, Input.OfficeHours), ct);
        if (r.Invalid is { } v)
        {
            v.CopyTo(ModelState, "Input.");
            return Page();
        }

        return RedirectToPage(new { code = Code, saved = true });
    }

    /// <summary>The agency, if it exists and the user is its 机构管理员; otherwise the refusal to return.</summary>
    private async Task<(Agency? Agency, IActionResult? Refusal)> LoadAsync(CancellationToken ct)
    {
        var a = await agencies.FindAsync(Code, ct);
        if (a is null)
        {
            return (null, NotFound());
        }

        if (!await me.HasRoleAsync(a.Id, StaffRole.AgencyAdmin, ct))
        {
            return (null, Forbid());
        }

        AgencyName = a.Name;
        return (a, null);
    }
}
