namespace Gongkai.Web.Features.Agencies.Pages;

[Authorize]
public sealed class AgencyEditModel(UpdateAgencyHandler update, AgencyScope scope, GongkaiDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty]
    public AgencyForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await scope.IsPlatformAdminAsync(ct))
        {
            return Forbid();
        }

        var a = await db.Agencies.AsNoTracking().Include(x => x.Parent).FirstOrDefaultAsync(x => x.Code == Code, ct);
        if (a is null)
        {
            return NotFound();
        }

        Input = new AgencyForm { Code = a.Code, Name = a.Name, Level = a.Level, ParentCode = a.Parent?.Code };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var r = await update.HandleAsync(Code, Input.ToInput(), ct);
        if (this.Refusal(r) is { } refused)
        {
            return refused;
        }

        if (r.Invalid is { } v)
        {
            v.CopyTo(ModelState, "Input.");
            return Page();
        }

        TempData["Message"] = $"已保存机构“{r.Value!.Name}”。";
        return RedirectToPage("Agencies");
    }
}
