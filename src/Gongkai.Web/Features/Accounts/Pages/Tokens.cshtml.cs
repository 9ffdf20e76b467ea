namespace Gongkai.Web.Features.Accounts.Pages;

[Authorize]
public sealed class TokensModel(ApiTokenService tokens, StaffContext me) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public int? ValidDays { get; set; }

    public CreatedToken? Created { get; private set; }

    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Tokens = await tokens.ListAsync(me.UserId!.Value, ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var uid = me.UserId!.Value;
        ModelState.Clear();
        var r = await tokens.CreateAsync(uid, Name, ValidDays, ct);
        if (r.Invalid is { } v)
        {
            v.CopyTo(ModelState);
        }
        else
        {
            // Shown on this response only; never stored in plain text.
            Created = r.Value;
            Name = null;
        }

        Tokens = await tokens.ListAsync(uid, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        await tokens.RevokeAsync(me.UserId!.Value, id, ct);
        return RedirectToPage();
    }
}
