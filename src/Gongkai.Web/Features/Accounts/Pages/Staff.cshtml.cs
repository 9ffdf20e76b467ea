namespace Gongkai.Web.Features.Accounts.Pages;

[Authorize]
public sealed class StaffModel(StaffContext me, AgencyScope scope, GongkaiDbContext db, StaffAccountService accounts) : PageModel
{
    public sealed class Form
    {
        public string? UserName { get; set; }

        public string? DisplayName { get; set; }

        public string? Password { get; set; }

        public List<StaffRole> Roles { get; set; } = [];
    }

    public sealed record Choice(string Code, string Name);

    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    [BindProperty]
    public Form Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<Choice> Choices { get; private set; } = [];

    public IReadOnlyList<StaffSummary> Staff { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public IReadOnlyList<StaffRole> GrantableRoles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || !CanCreate)
        {
            return Forbid();
        }

        ModelState.Clear();
        if (Input.Roles.Any(r => !GrantableRoles.Contains(r)))
        {
            return Forbid();
        }

        var r = await accounts.CreateAsync(new CreateStaffUser(Input.UserName, Input.DisplayName, Input.Password, Agency, Input.Roles), ct);
        if (r.Invalid is { } v)
        {
            v.CopyTo(ModelState, "Input.");
            return Page();
        }

        Message = $"已新建账号“{r.Value!.UserName}”。";
        return RedirectToPage(new { agency = Agency });
    }

    /// <summary>Loads the agencies the user may look at; false when the chosen agency is not one of them.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var s = (await me.GetAsync(ct))!;
        var visible = s.IsPlatformAdmin
            ? null
            : s.Roles.Where(r => r.Role == StaffRole.AgencyAdmin).Select(r => r.AgencyId).Concat(s.Supervised).ToHashSet();
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Level).ThenBy(a => a.Id).ToListAsync(ct);
        var list = agencies.Where(a => visible is null || visible.Contains(a.Id)).ToList();
        Choices = list.Select(a => new Choice(a.Code, a.Name)).ToList();
        var agency = Agency is null ? list.FirstOrDefault(a => a.Id == s.HomeAgencyId) ?? list.FirstOrDefault() : list.FirstOrDefault(a => a.Code == Agency);
        if (agency is null)
        {
            return false;
        }

        Agency = agency.Code;
        Staff = await accounts.ListAsync(agency.Id, ct);
        CanCreate = await scope.CanAsync(agency.Id, AgencyAccess.Administer, ct);
        GrantableRoles = StaffRoleNames.All.Where(r => s.IsPlatformAdmin || r != StaffRole.PlatformAdmin).ToList();
        return true;
    }
}
