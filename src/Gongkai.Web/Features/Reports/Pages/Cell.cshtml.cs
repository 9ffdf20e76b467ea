using Gongkai.Core.Reports;
using Gongkai.Web.Features.Requests;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Reports.Pages;

/// <summary>The records behind one figure of a report (<c>?table=&amp;row=&amp;column=</c>), or behind a failed check (<c>?check=</c>).</summary>
[Authorize]
public sealed class CellModel(ReportService reports, ReportDrillDown drill, StaffContext me) : PageModel
{
    private const string CheckTable = "check";
    private const string CheckColumn = "记录";

    public ReportView View { get; private set; } = null!;

    /// <summary>What is drilled into: table title, row label and column, or the check's message.</summary>
    public string Subject { get; private set; } = "";

    public decimal? Value { get; private set; }

    public IReadOnlyList<CellRecord> Records { get; private set; } = [];

    public string BackUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code, int year, string? table, string? row, string? column, string? check, string? format, CancellationToken ct)
    {
        if (!ReportEndpoints.TryFormat(format, out var f))
        {
            return NotFound();
        }

        var r = await reports.GetAsync(code, year, f, ct);
        if (r.Value is not { } v || !await me.CanReadAsync(v.Agency.Id, ct))
        {
            return NotFound();
        }

        View = v;
        BackUrl = $"/admin/reports/{v.Agency.Code}/{v.Year}" + (f is { } ff ? "?format=" + ReportEndpoints.FormatCode(ff) : "");
        var canReadRequests = await me.CanReadRequestsAsync(v.Agency.Id, ct);
        IReadOnlyList<CellRecord>? records;
        if (check is not null)
        {
            if (v.Statistics.Checks.FirstOrDefault(c => c.Rule == check) is not { } c)
            {
                return NotFound();
            }

            // A check's ids are requests unless its rule says otherwise; a one-cell table of the right kind lets the
            // drill-down resolve them with the same privacy rule as the figures.
            var rowKey = c.Rule switch
            {
                "remedies.data" => "t4.check",
                "t2.validity" => "t2.check",
                _ => "t3.check",
            };
            var cell = new Core.Reports.ReportCell(CheckColumn, c.RecordIds.Count, CellSource.Computed, c.RecordIds, null);
            var stats = new ReportStatistics(v.Statistics.Format, v.Statistics.Period,
                [new ReportTable(CheckTable, c.Rule, [CheckColumn], [new ReportRow(rowKey, c.Rule, 0, [cell])])], []);
            records = await drill.RecordsAsync(stats, CheckTable, rowKey, CheckColumn, canReadRequests, ct);
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
