using Gongkai.Web.Features.Requests;

namespace Gongkai.Web.Features.Reports.Pages;

/// <summary>The records behind one figure of a report (<c>?table=&amp;row=&amp;column=</c>), or behind a failed check (<c>?check=</c>).</summary>
[Authorize]
public sealed class CellModel(GetReportHandler reports, ReportDrillDown drill, AgencyScope scope) : PageModel
{
    public ReportView View { get; private set; } = null!;

    /// <summary>What is drilled into: table title, row label and column, or the check's message.</summary>
    public string Subject { get; private set; } = "";

    public decimal? Value { get; private set; }

    public IReadOnlyList<CellRecord> Records { get; private set; } = [];

    public string BackUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code, int year, string? table, string? row, string? column, string? check, string? format, CancellationToken ct)
    {
        if (!ReportFormats.TryParse(format, out var f) || await reports.ForStaffAsync(code, year, f, ct) is not { } v)
        {
            return NotFound();
        }

        View = v;
        BackUrl = $"/admin/reports/{v.Agency.Code}/{v.Year}" + (f is { } ff ? "?format=" + ReportFormats.Code(ff) : "");
        var canReadRequests = await scope.CanAsync(v.Agency.Id, AgencyAccess.ReadRequests, ct);
        IReadOnlyList<CellRecord>? records;
        if (check is not null)
        {
            if (v.Statistics.Checks.FirstOrDefault(c => c.Rule == check) is not { } c)
            {
                return NotFound();
            }

            records = await drill.CheckRecordsAsync(c, canReadRequests, ct);
            Subject = $"核对 {c.Rule}：{c.Message}";
        }
        else
        {
            if (table is null || row is null || column is null)
            {
                return NotFound();
            }

            records = await drill.RecordsAsync(v.Statistics, table, row, column, canReadRequests, ct);
            var t = v.Statistics.Tables.FirstOrDefault(x => x.Key == table);
            var rr = t?.Rows.FirstOrDefault(x => x.Key == row);
            Subject = $"{t?.Title} › {rr?.Label} › {column}";
            Value = rr?.Cells.FirstOrDefault(x => x.Column == column)?.Value;
        }

        if (records is null)
        {
            return NotFound();
        }

        Records = records;
        return Page();
    }
}
