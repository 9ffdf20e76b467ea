namespace Gongkai.Core.Reports;

/// <summary>Which official layout the statistics follow.</summary>
public enum ReportFormat
{
    /// <summary>国办公开办函〔2021〕30号, reports for 2021 onward.</summary>
    Format2021,

    /// <summary>国办公开办函〔2019〕60号, reports for 2019 and 2020.</summary>
    Format2019,

    /// <summary>政府信息公开情况统计表, reports before 2019 (the table attached to seed 001).</summary>
    Legacy,
}

/// <summary>Where a cell's value comes from.</summary>
public enum CellSource
{
    /// <summary>Counted from Gongkai's records; <see cref="ReportCell.RecordIds"/> lists them.</summary>
    Computed,

    /// <summary>Entered by the agency admin; <see cref="ReportCell.Provenance"/> says who and when.</summary>
    Manual,

    /// <summary>A manual figure nobody has entered yet (value 0): the report must not be published like this.</summary>
    Missing,
}

/// <summary>One cell.</summary>
/// <param name="Column">The cell's column label, exactly one of <see cref="ReportTable.Columns"/>.</param>
/// <param name="Value">The figure, in the row's or column's unit.</param>
/// <param name="Source">Computed, manual or missing.</param>
/// <param name="RecordIds">Drill-down: ids of the facts counted, ascending (requests, items, remedies or engagement
/// records, whichever the row counts); empty for manual cells.</param>
/// <param name="Provenance">For manual cells, e.g. <c>手工填报：张三 2027-01-05</c>.</param>
public sealed record ReportCell(string Column, decimal Value, CellSource Source, IReadOnlyList<int> RecordIds, string? Provenance);

/// <summary>One row of a table.</summary>
/// <param name="Key">Stable key, see <see cref="ReportKeys"/>: <c>{table}.{section}.{subsection}…</c> in lowerCamel English,
/// shared by the 2019 and 2021 formats wherever the row means the same thing.</param>
/// <param name="Label">The official Chinese label, numbering included (e.g. <c>（一）予以公开</c>).</param>
/// <param name="Level">Indentation: 0 for 一、二、…, 1 for （一）, 2 for 1. and 其中, 3 for 其中 under a numbered row.</param>
/// <param name="Cells">One per column in column order; empty for heading rows that carry no figures.</param>
/// <param name="Unit">The row's unit where the format gives one per row (legacy table: 条, 件, 次, 万元…).</param>
public sealed record ReportRow(string Key, string Label, int Level, IReadOnlyList<ReportCell> Cells, string? Unit = null)
{
    /// <summary>The cell of <paramref name="column"/>.</summary>
    public ReportCell this[string column] =>
        Cells.FirstOrDefault(c => c.Column == column)
        ?? throw new KeyNotFoundException($"行“{Label}”没有“{column}”列");
}

/// <summary>One table. Grouped column headers are written as paths joined by <see cref="ReportKeys.ColumnGroupSeparator"/>,
/// e.g. <c>法人或其他组织／商业企业</c>, <c>行政诉讼／复议后起诉／结果维持</c>.</summary>
/// <param name="Key">Stable key: <c>t2.1</c>, <c>t2.5</c>, <c>t2.6</c>, <c>t2.8</c>, <c>t2.9</c>, <c>t3</c>, <c>t4</c>,
/// <c>legacy</c>, <c>derived</c>.</param>
/// <param name="Title">The official title.</param>
/// <param name="Columns">The official column labels (leaf columns, as paths).</param>
/// <param name="Rows">The rows in official order.</param>
public sealed record ReportTable(string Key, string Title, IReadOnlyList<string> Columns, IReadOnlyList<ReportRow> Rows)
{
    /// <summary>The row with <paramref name="key"/>.</summary>
    public ReportRow this[string key] =>
        Rows.FirstOrDefault(r => r.Key == key) ?? throw new KeyNotFoundException($"表“{Title}”没有行 {key}");
}

/// <summary>One consistency check.</summary>
/// <param name="Rule">Stable rule id, e.g. <c>t3.balance</c>.</param>
/// <param name="Passed">Whether it holds.</param>
/// <param name="Message">Chinese, naming the rows, columns and values compared.</param>
/// <param name="RecordIds">The facts involved in a failure (request ids unless the rule says otherwise).</param>
public sealed record CheckResult(string Rule, bool Passed, string Message, IReadOnlyList<int> RecordIds);

/// <summary>The statistics of one agency-period in one format.</summary>
public sealed record ReportStatistics(ReportFormat Format, ReportPeriod Period, IReadOnlyList<ReportTable> Tables, IReadOnlyList<CheckResult> Checks)
{
    /// <summary>The table with <paramref name="key"/>.</summary>
    public ReportTable this[string key] =>
        Tables.FirstOrDefault(t => t.Key == key) ?? throw new KeyNotFoundException($"统计结果没有表 {key}");

    /// <summary>Whether every check passed.</summary>
    public bool AllChecksPassed => Checks.All(c => c.Passed);
}

/// <summary>A figure the agency admin must enter for a format.</summary>
/// <param name="Key">The <see cref="ManualFigure.Key"/> to store it under.</param>
/// <param name="Label">Chinese label for the entry form, e.g. <c>行政许可：本年处理决定数量</c>.</param>
/// <param name="Unit">件, 项, 万元, 个, 人, 次, 人次.</param>
public sealed record ManualField(string Key, string Label, string Unit);
