namespace Gongkai.Web.Features.Reports.Pages;

/// <summary>A header cell of a statistics table: grouped column paths become cells spanning columns and rows.</summary>
public sealed record TableHeaderCell(string Text, int ColumnSpan, int RowSpan);

/// <summary>The model of <c>_StatisticsTables.cshtml</c>: the official tables of a report (or a roll-up).</summary>
/// <param name="Statistics">The figures.</param>
/// <param name="CellLink">The drill-down address of a computed cell, or null where cells are not drilled into (the roll-up,
/// whose ids span several agencies).</param>
public sealed record StatisticsTablesModel(ReportStatistics Statistics, Func<ReportTable, ReportRow, ReportCell, string>? CellLink = null)
{
    /// <summary>The official tables; the derived figures feed the narrative and are not one of them.</summary>
    public IEnumerable<ReportTable> Tables => Statistics.Tables.Where(t => t.Key != ReportKeys.Derived);

    /// <summary>
    /// The header rows of <paramref name="columns"/>, whose labels are paths such as <c>行政诉讼／复议后起诉／结果维持</c>:
    /// on each level, neighbours sharing the path so far merge into one cell; a path that ends early spans the rows below.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<TableHeaderCell>> Header(IReadOnlyList<string> columns)
    {
        var paths = columns.Select(c => c.Split(ReportKeys.ColumnGroupSeparator)).ToList();
        var depth = paths.Count == 0 ? 1 : paths.Max(p => p.Length);
        var rows = new List<IReadOnlyList<TableHeaderCell>>();
        for (var level = 0; level < depth; level++)
        {
            var row = new List<TableHeaderCell>();
            var i = 0;
            while (i < paths.Count)
            {
                if (paths[i].Length <= level)
                {
                    i++; // covered by a cell above that spans down
                    continue;
                }

                var end = i + 1;
                while (end < paths.Count && paths[end].Length > level + 1 && paths[i].Length > level + 1 && SamePrefix(paths[i], paths[end], level + 1))
                {
                    end++;
                }

                row.Add(new TableHeaderCell(paths[i][level], end - i, paths[i].Length == level + 1 ? depth - level : 1));
                i = end;
            }

            rows.Add(row);
        }

        return rows;
    }

    private static bool SamePrefix(string[] a, string[] b, int length)
    {
        for (var k = 0; k < length; k++)
        {
            if (!string.Equals(a[k], b[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
