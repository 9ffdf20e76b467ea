namespace Gongkai.Web.Features.Reports.Pages;

/// <summary>The annual reports of every agency the user can read: last year's and this year's, plus any other year started.</summary>
[Authorize]
public sealed class ReportsModel(ListReportsHandler reports) : PageModel
{
    public IReadOnlyList<ReportListRow> Rows { get; private set; } = [];

    public IReadOnlyList<RollupLink> Rollups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await reports.HandleAsync(ct) is not { } list)
        {
            return Forbid();
        }

        (Rows, Rollups) = list;
        return Page();
    }
}
