namespace Gongkai.Web.Features.Reports;

/// <summary>A report as GET/PUT /api/agencies/{code}/reports/{year} return it.</summary>
/// <param name="Status">Draft or Published (a report nobody has saved is a Draft here; the roll-up says NotStarted).</param>
public sealed record ReportJson(
    string Agency, string AgencyName, int Year, string Format, DateOnly PeriodFrom, DateOnly PeriodTo, ReportStatus Status,
    DateTimeOffset? PublishedAt, string? PublishedBy, DateOnly DueOn, ReportTiming Timing, int DaysLeft,
    string? Overview, string? Problems, string? Other, string? CheckNotes, IReadOnlyList<CheckResult> Checks, IReadOnlyList<string> Unexplained,
    IReadOnlyList<string> PublishBlockers, IReadOnlyList<ManualField> ManualFields, bool CanEdit)
{
    public static ReportJson Of(ReportView v) => new(
        v.Agency.Code, v.Agency.Name, v.Year, ReportFormats.Code(v.Report.Format), v.Report.PeriodFrom, v.Report.PeriodTo, v.Report.Status,
        v.Report.PublishedAt, v.Report.PublishedBy, v.Standing.DueOn, v.Standing.Timing, v.Standing.DaysLeft,
        v.Report.Overview, v.Report.Problems, v.Report.Other, v.Report.CheckNotes, v.Statistics.Checks, v.UnexplainedFailures.Select(c => c.Rule).ToList(),
        v.PublishBlockers, v.ManualFields, v.CanEdit);
}

/// <summary>The statistics of a report (…/statistics): every row's stable key, official label and values per column.</summary>
/// <param name="Frozen">The figures frozen at publication (else computed from today's records).</param>
public sealed record StatisticsJson(
    string Agency, string AgencyName, int Year, string Format, PeriodJson Period, ReportStatus Status, bool Frozen,
    IReadOnlyList<TableJson> Tables, IReadOnlyList<CheckJson> Checks)
{
    public static StatisticsJson Of(ReportView v) => new(
        v.Agency.Code, v.Agency.Name, v.Year, ReportFormats.Code(v.Statistics.Format), new PeriodJson(v.Statistics.Period.From, v.Statistics.Period.To),
        v.Report.Status, v.Frozen, TableJson.Of(v.Statistics), v.Statistics.Checks.Select(c => new CheckJson(c.Rule, c.Passed, c.Message)).ToList());
}

public sealed record PeriodJson(DateOnly From, DateOnly To);

public sealed record CheckJson(string Rule, bool Passed, string Message);

/// <summary>One table: values by column label; <see cref="RowJson.Sources"/> names the cells not computed from the records.</summary>
public sealed record TableJson(string Key, string Title, IReadOnlyList<string> Columns, IReadOnlyList<RowJson> Rows)
{
    public static IReadOnlyList<TableJson> Of(ReportStatistics s) => s.Tables.Select(t => new TableJson(t.Key, t.Title, t.Columns, t.Rows.Select(r => new RowJson(
            r.Key, r.Label, r.Level, r.Unit, r.Cells.ToDictionary(c => c.Column, c => c.Value),
            r.Cells.Where(c => c.Source != CellSource.Computed).ToDictionary(c => c.Column, c => new CellSourceJson(c.Source.ToString(), c.Provenance)))).ToList()))
        .ToList();
}

public sealed record RowJson(string Key, string Label, int Level, string? Unit, IReadOnlyDictionary<string, decimal> Values, IReadOnlyDictionary<string, CellSourceJson> Sources);

/// <param name="Source">Manual or Missing.</param>
/// <param name="Provenance">Who entered a manual figure and when.</param>
public sealed record CellSourceJson(string Source, string? Provenance);

/// <summary>The supervisor's roll-up (…/rollup).</summary>
public sealed record RollupJson(IReadOnlyList<RollupAgencyJson> Agencies, IReadOnlyList<TableJson> Sum, IReadOnlyList<CheckResult> Checks)
{
    public static RollupJson Of(RollupResult r) => new(
        r.Rows.Select(x => new RollupAgencyJson(
            x.Agency.Code, x.Agency.Name, x.Standing.Status?.ToString() ?? "NotStarted", x.Standing.Timing, x.Standing.DueOn, x.Standing.PublishedAt, TableJson.Of(x.Statistics))).ToList(),
        TableJson.Of(r.Sum),
        r.Sum.Checks);
}

/// <param name="Status">Draft, Published or NotStarted.</param>
public sealed record RollupAgencyJson(string Code, string Name, string Status, ReportTiming Timing, DateOnly DueOn, DateTimeOffset? PublishedAt, IReadOnlyList<TableJson> Statistics);

/// <summary>The generated first draft of 一、总体情况.</summary>
public sealed record DraftOverviewJson(string Text);
