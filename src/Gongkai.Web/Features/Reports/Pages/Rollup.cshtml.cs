namespace Gongkai.Web.Features.Reports.Pages;

/// <summary>The supervisor's roll-up (上级汇总): every agency below, its report's status, their summed tables and main rows side by side.</summary>
[Authorize]
public sealed class RollupModel(RollupHandler rollup) : PageModel
{
    /// <summary>One figure compared across the agencies: a cell of a row that exists in the format.</summary>
    public sealed record SideColumn(string Header, string Table, string Row, string Column)
    {
        public decimal? Of(ReportStatistics s) =>
            s.Tables.FirstOrDefault(t => t.Key == Table)?.Rows.FirstOrDefault(r => r.Key == Row)?.Cells.FirstOrDefault(c => c.Column == Column)?.Value;
    }

    public string Code { get; private set; } = "";

    public int Year { get; private set; }

    public ReportFormat Format { get; private set; }

    public IReadOnlyList<SubordinateReport> Rows { get; private set; } = [];

    public ReportStatistics Sum { get; private set; } = null!;

    public IReadOnlyList<SideColumn> Side { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, int year, string? format, CancellationToken ct)
    {
        if (!ReportFormats.TryParse(format, out var f))
        {
            return NotFound();
        }

        var r = await rollup.HandleAsync(code, year, f, ct);
        if (this.Refusal(r) is { } refused)
        {
            return refused;
        }

        (Rows, Sum) = r.Value!;
        (Code, Year, Format) = (code, year, Sum.Format);
        Side = SideBySide(Sum);
        return Page();
    }

    /// <summary>The main rows of the format: 主动公开 (table 二's first block, or the legacy count), 本年新收, 结转下年度, 行政复议.</summary>
    public static IReadOnlyList<SideColumn> SideBySide(ReportStatistics s)
    {
        var candidates = new List<SideColumn>();
        if (s.Tables.FirstOrDefault(t => t.Key == ReportKeys.Table2Item1) is { Columns.Count: > 0 } t21)
        {
            candidates.AddRange(t21.Rows.Where(r => r.Cells.Count > 0).Select(r => new SideColumn($"主动公开：{r.Label}（{t21.Columns[0]}）", t21.Key, r.Key, t21.Columns[0])));
        }

        candidates.AddRange(
        [
            new("主动公开政府信息数", ReportKeys.Legacy, "legacy.proactive.items", "统计数"),
            new("本年新收申请", ReportKeys.Table3, ReportKeys.Received, "总计"),
            new("收到申请数", ReportKeys.Legacy, "legacy.requests.received", "统计数"),
            new("结转下年度继续办理", ReportKeys.Table3, ReportKeys.CarriedOut, "总计"),
            new("行政复议 总计", ReportKeys.Table4, "t4.cases", "行政复议" + ReportKeys.ColumnGroupSeparator + "总计"),
            new("行政复议数量", ReportKeys.Legacy, "legacy.reconsideration", "统计数"),
        ]);
        return candidates.Where(c => c.Of(s) is not null).ToList();
    }
}
