namespace Gongkai.Core.Reports;

/// <summary>
/// A supervising government's roll-up (上级汇总): the subordinates' statistics summed cell by cell in the same format, so
/// the county sees its townships' totals in the official tables. Drill-down ids are unioned (ids are unique across
/// agencies); a cell is Missing if any subordinate's is, Manual if any is manual. Checks are the subordinates' failures,
/// each prefixed with the agency's name (a sum of consistent tables is consistent, so nothing new can fail).
/// </summary>
public static class ReportRollup
{
    /// <summary>Sums <paramref name="parts"/>, which must all be in <paramref name="format"/>.</summary>
    public static ReportStatistics Sum(ReportFormat format, ReportPeriod period, IReadOnlyList<(string Agency, ReportStatistics Statistics)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.FirstOrDefault(p => p.Statistics.Format != format) is { Statistics: not null } wrong)
        {
            throw new ArgumentException($"{wrong.Agency}的统计格式与汇总格式不一致", nameof(parts));
        }

        var template = parts.Count > 0 ? parts[0].Statistics : ReportEngine.Compute(format, new ReportFacts(period, [], [], [], [], []));
        var tables = template.Tables.Select(t => SumTable(t, parts.Select(p => p.Statistics[t.Key]).ToList())).ToList();
        var checks = parts.SelectMany(p => p.Statistics.Checks.Where(c => !c.Passed).Select(c => c with { Message = $"{p.Agency}：{c.Message}" })).ToList();
        return new ReportStatistics(format, period, tables, checks);
    }

    private static ReportTable SumTable(ReportTable template, IReadOnlyList<ReportTable> tables)
    {
        var rows = template.Rows.Select(row =>
        {
            var cells = row.Cells.Select(cell =>
            {
                var parts = tables.Select(t => t[row.Key][cell.Column]).ToList();
                var source = parts.Any(c => c.Source == CellSource.Missing) ? CellSource.Missing
                    : parts.Any(c => c.Source == CellSource.Manual) ? CellSource.Manual
                    : CellSource.Computed;
                var ids = parts.SelectMany(c => c.RecordIds).Distinct().Order().ToList();
                return new ReportCell(cell.Column, parts.Sum(c => c.Value), source, ids, source == CellSource.Manual ? "各单位手工填报之和" : null);
            }).ToList();
            return row with { Cells = cells };
        }).ToList();
        return template with { Rows = rows };
    }
}
