namespace Gongkai.Core.Reports;

/// <summary>
/// The statistics of the 政府信息公开工作年度报告 (条例第五十条) for one agency and one period, in the 2021 format
/// (国办公开办函〔2021〕30号), the 2019 format (国办公开办函〔2019〕60号) or the pre-2019 政府信息公开情况统计表 — every
/// cell computed from plain facts wherever Gongkai holds the records, the rest taken from the admin's manual
/// figures with their provenance, and the tables checked against each other. Pure: no I/O, no clock.
/// Linear in the number of facts (one pass per kind of fact).
/// </summary>
public static class ReportEngine
{
    /// <summary>Computes every table and check of <paramref name="format"/>.</summary>
    /// <param name="format">The layout.</param>
    /// <param name="facts">The agency's facts; records outside the period are filtered by date.</param>
    /// <param name="previousYear2021">Last period's statistics in the 2021 or 2019 format: its 结转下年度继续办理 must
    /// equal this period's 上年结转 column by column (rule <c>t3.previousYear</c>). Ignored when it has no table 三
    /// (a legacy report) or when <paramref name="format"/> is legacy.</param>
    public static ReportStatistics Compute(ReportFormat format, ReportFacts facts, ReportStatistics? previousYear2021 = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Period.To < facts.Period.From)
        {
            throw new ArgumentException($"统计期截止日 {facts.Period.To:yyyy-MM-dd} 早于起始日 {facts.Period.From:yyyy-MM-dd}", nameof(facts));
        }

        var manual = new ManualFigures(facts.Manual);
        var requests = new ClassifiedRequest[facts.Requests.Count];
        for (var i = 0; i < requests.Length; i++)
        {
            requests[i] = RequestClassifier.Classify(facts.Requests[i], facts.Period);
        }

        return format switch
        {
            ReportFormat.Format2021 or ReportFormat.Format2019 => Standard(format, facts, requests, manual, previousYear2021),
            ReportFormat.Legacy => Legacy(facts, requests, manual),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "未知的年度报告格式"),
        };
    }

    /// <summary>The figures the agency admin must enter for <paramref name="format"/>, with Chinese labels and units.</summary>
    public static IReadOnlyList<ManualField> ManualFields(ReportFormat format) => ManualFieldCatalog.For(format);

    private static ReportStatistics Standard(
        ReportFormat format, ReportFacts facts, ClassifiedRequest[] requests, ManualFigures manual, ReportStatistics? previous)
    {
        var tables = new List<ReportTable>(StandardTables.Table2(format, facts, manual));
        var t3 = StandardTables.Table3(format, requests, manual);
        var t4 = StandardTables.Table4(facts, manual);
        tables.Add(t3);
        tables.Add(t4);
        tables.Add(StandardTables.Derived(requests, manual, [], null));

        var checks = new List<CheckResult>
        {
            ReportChecks.Balance(t3, requests),
        };
        checks.AddRange(ReportChecks.SumRules(t3, StandardTables.Table3Rows(format)));
        checks.Add(ReportChecks.ColumnTotals("t3.columnTotals", t3, [(0, StandardTables.Table3Total)]));
        if (previous is not null && previous.Tables.Any(t => t.Key == ReportKeys.Table3))
        {
            checks.Add(ReportChecks.PreviousYear(t3, facts.Period, previous));
        }

        checks.Add(ReportChecks.Unplaced(format, requests));
        checks.Add(ReportChecks.ColumnTotals("t4.totals", t4, [.. StandardTables.Table4Groups.Select(g => (g, g + 4))]));
        checks.Add(ReportChecks.Remedies(facts));
        if (format == ReportFormat.Format2021)
        {
            // Only the 2021 format counts 现行有效件数, which needs the validity.
            checks.Add(ReportChecks.Validity(facts));
        }

        return new ReportStatistics(format, facts.Period, tables, checks);
    }

    private static ReportStatistics Legacy(ReportFacts facts, ClassifiedRequest[] requests, ManualFigures manual)
    {
        var legacy = LegacyTable.Build(facts, requests, manual);
        var derived = StandardTables.Derived(requests, manual, LegacyTable.DerivedRows, d => LegacyTable.FillDerived(legacy, d));
        var checks = new List<CheckResult>(ReportChecks.SumRules(legacy, LegacyTable.Rows)
            .Select(c => c is { Rule: ReportKeys.LegacyClosedInTimeRule, Passed: false } ? c with { Message = $"{c.Message}。{ReportKeys.LegacyClosedLateHint}" } : c))
        {
            ReportChecks.Unplaced(ReportFormat.Legacy, requests),
            ReportChecks.Remedies(facts),
        };
        return new ReportStatistics(ReportFormat.Legacy, facts.Period, [legacy, derived], checks);
    }
}
