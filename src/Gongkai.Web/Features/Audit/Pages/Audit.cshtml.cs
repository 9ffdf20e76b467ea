namespace Gongkai.Web.Features.Audit.Pages;

[Authorize]
public sealed class AuditModel(AuditQuery audit, TimeProvider clock) : PageModel
{
    public AuditFilter Filter { get; private set; } = new(null, null, null, null, null);

    public AuditPage Result { get; private set; } = new([], 1, AuditQuery.PageSize, 0);

    public async Task<IActionResult> OnGetAsync(string? agency, string? entityType, string? actor, DateOnly? from, DateOnly? to, int? pageNumber, CancellationToken ct)
    {
        if (await audit.VisibleAgenciesAsync(ct) is { Count: 0 })
        {
            return Forbid();
        }

        Filter = new AuditFilter(agency, entityType, actor, from, to, pageNumber ?? 1);
        if (Filter.Check() is { IsValid: false } invalid)
        {
            invalid.CopyTo(ModelState);
            return Page();
        }

        Result = await audit.SearchAsync(Filter, clock, ct);
        return Page();
    }
}
