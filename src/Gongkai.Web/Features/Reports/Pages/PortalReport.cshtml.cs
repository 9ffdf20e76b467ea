using Gongkai.Documents.Reports;
using Gongkai.Web.Features.Portal;

namespace Gongkai.Web.Features.Reports.Pages;

/// <summary>A published annual report on the portal, with its downloads. Drafts do not exist here, even for staff.</summary>
public sealed class PortalReportModel(GongkaiDbContext db, GetReportHandler reports) : PageModel
{
    public ReportView View { get; private set; } = null!;

    /// <summary>The report as HTML, every value encoded by <see cref="ReportHtml"/>.</summary>
    public string ReportMarkup { get; private set; } = "";

    public bool PdfAvailable { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agency, int year, CancellationToken ct)
    {
        var a = await PortalAgency.LoadAsync(db, agency, ViewData, ct);
        if (a is null || await reports.HandleAsync(a.Code, year, null, ct) is not { Standing.Published: true } v)
        {
            return NotFound();
        }

        View = v;
        ReportMarkup = ReportHtml.Render(ExportReport.Document(v), fullDocument: false);
        PdfAvailable = ReportPdf.IsAvailable(out _);
        return Page();
    }
}
