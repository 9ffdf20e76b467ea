using System.Text.Json;

namespace Gongkai.Core.Reports;

public enum ReportStatus
{
    Draft = 1,
    Published = 2,
}

/// <summary>What the agency admin writes: 一、五、六 and the 核对说明, and the statistics period (null keeps the current one).</summary>
public sealed record NarrativeRevision(
    string? Overview, string? Problems, string? Other, string? CheckNotes, DateOnly? PeriodFrom = null, DateOnly? PeriodTo = null);

/// <summary>Manual figures entered: the entries to store (unchanged values are not entered again), or why nothing was entered.</summary>
public sealed record FigureEntry(IReadOnlyList<ReportFigure> Added, IReadOnlyList<Refusal> Refusals);

/// <summary>
/// An agency's 政府信息公开工作年度报告 for one year (条例第四十九、五十条): the narrative the admin writes, and once
/// published a frozen copy of the statistics, so later corrections to the records do not rewrite a published report.
/// It changes only through its own methods, which refuse an unlawful step and then leave it unchanged.
/// </summary>
public sealed class AnnualReport : IAgencyOwned, IAudited
{
    public const int MaxSectionLength = 20_000;

    /// <summary>The first report year: 《政府信息公开条例》(2007) took effect on 2008-05-01.</summary>
    public const int FirstYear = 2008;

    // Figures in 万元 may carry decimals; everything else (件, 项, 个, 人, 次) is a count.
    private const string TenThousandYuan = "万元";
    private const decimal MaxFigure = 1_000_000_000m;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // The name of the last change applied since the report was last saved: the verb of its audit row. Not stored.
    private string? unsavedStep;

    private AnnualReport()
    {
    }

    public int Id { get; private set; }

    public int AgencyId { get; private set; }

    public int Year { get; private set; }

    public ReportFormat Format { get; private set; }

    public DateOnly PeriodFrom { get; private set; }

    public DateOnly PeriodTo { get; private set; }

    /// <summary>一、总体情况</summary>
    public string? Overview { get; private set; }

    /// <summary>五、存在的主要问题及改进情况</summary>
    public string? Problems { get; private set; }

    /// <summary>六、其他需要报告的事项</summary>
    public string? Other { get; private set; }

    /// <summary>Explanations for consistency checks that fail, one per line as "rule: explanation".</summary>
    public string? CheckNotes { get; private set; }

    public ReportStatus Status { get; private set; } = ReportStatus.Draft;

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? PublishedBy { get; private set; }

    /// <summary>The statistics as published (JSON), shown on the portal and exported from then on.</summary>
    public string? PublishedStatistics { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsPublished => Status == ReportStatus.Published;

    /// <summary>The statistics period (a whole year unless the admin narrowed it, e.g. 1 January – 28 December).</summary>
    public ReportPeriod Period => new(PeriodFrom, PeriodTo);

    /// <summary>The rules explained in <see cref="CheckNotes"/>: lines "rule: explanation" (or "rule：说明") with an explanation of at least four characters.</summary>
    public IReadOnlySet<string> ExplainedRules =>
        (CheckNotes ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split([':', '：'], 2))
            .Where(p => p.Length == 2 && p[1].Trim().Length >= 4)
            .Select(p => p[0].Trim())
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>A new draft for an agency-year, in the format in force that year, covering the whole year.</summary>
    public static AnnualReport Start(int agencyId, int year, DateTimeOffset at) => new()
    {
        AgencyId = agencyId,
        Year = year,
        Format = ReportDeadlines.FormatFor(year),
        PeriodFrom = new DateOnly(year, 1, 1),
        PeriodTo = new DateOnly(year, 12, 31),
        UpdatedAt = at,
    };

    /// <summary>The audit verb of the change being saved: 保存年度报告, 填报年度报告数据 or 发布年度报告.</summary>
    public string? AuditAction(AuditedChange change) => unsavedStep;

    /// <summary>The change is saved and audited: a later save of this instance is not named after it.</summary>
    public void Audited() => unsavedStep = null;

    /// <summary>Whether <paramref name="year"/> can have a report on <paramref name="today"/>: from 2008 up to the current year (a draft).</summary>
    public static bool IsReportYear(int year, DateOnly today) => year >= FirstYear && year <= today.Year;

    /// <summary>Whether the report year has ended on <paramref name="today"/> (条例第四十九条: a report covers the past year).</summary>
    public bool YearIsOver(DateOnly today) => Year < today.Year;

    /// <summary>The frozen statistics of a published report; null while a draft.</summary>
    public ReportStatistics? FrozenStatistics() =>
        IsPublished && PublishedStatistics is { } json ? JsonSerializer.Deserialize<ReportStatistics>(json, Json) : null;

    /// <summary>The failed checks of <paramref name="statistics"/> that the 核对说明 does not explain.</summary>
    public IReadOnlyList<CheckResult> UnexplainedFailures(ReportStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var explained = ExplainedRules;
        return statistics.Checks.Where(c => !c.Passed && !explained.Contains(c.Rule)).ToList();
    }

    /// <summary>
    /// Revises the narrative and the period. Refused once published (a published report is not rewritten), when a section
    /// is too long, or when the period leaves the report year (it may start in the previous December, as some agencies
    /// close their books early); the report is then unchanged.
    /// </summary>
    public IReadOnlyList<Refusal> ReviseNarrative(NarrativeRevision revision, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(revision);
        if (RefuseEditOncePublished() is { } published)
        {
            return published;
        }

        var refusals = new RefusalList()
            .Text("overview", "一、总体情况", revision.Overview, MaxSectionLength, required: false)
            .Text("problems", "五、存在的主要问题及改进情况", revision.Problems, MaxSectionLength, required: false)
            .Text("other", "六、其他需要报告的事项", revision.Other, MaxSectionLength, required: false)
            .Text("checkNotes", "核对说明", revision.CheckNotes, MaxSectionLength, required: false);
        var from = revision.PeriodFrom ?? PeriodFrom;
        var to = revision.PeriodTo ?? PeriodTo;
        if (from.Year != Year && !(from.Year == Year - 1 && from.Month == 12))
        {
            refusals.Add("periodFrom", $"统计起始日应在{Year}年内（或上年12月）。");
        }

        if (to.Year != Year)
        {
            refusals.Add("periodTo", $"统计截止日应在{Year}年内。");
        }

        if (to < from)
        {
            refusals.Add("periodTo", "统计截止日不能早于起始日。");
        }

        if (!refusals.IsEmpty)
        {
            return refusals;
        }

        Overview = Clean(revision.Overview);
        Problems = Clean(revision.Problems);
        Other = Clean(revision.Other);
        CheckNotes = Clean(revision.CheckNotes);
        PeriodFrom = from;
        PeriodTo = to;
        UpdatedAt = at;
        unsavedStep = "保存年度报告";
        return [];
    }

    /// <summary>
    /// Enters manual figures (条例第五十条 figures the records cannot give: 行政许可 decisions, 收费, staff…). Blank values
    /// leave a figure as it is; a value equal to the latest stored one is not entered again, so the provenance names who
    /// really entered each value. One bad value refuses the whole entry; nothing is entered once published.
    /// </summary>
    /// <param name="values">Raw input by field key.</param>
    /// <param name="stored">Every stored entry of this agency-year (the latest per key is the current value).</param>
    /// <param name="enteredBy">Who enters them, as shown in the provenance.</param>
    /// <param name="at">When.</param>
    public FigureEntry EnterFigures(IReadOnlyDictionary<string, string?> values, IReadOnlyList<ReportFigure> stored, string enteredBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(stored);
        if (RefuseEditOncePublished() is { } published)
        {
            return new FigureEntry([], published);
        }

        var fields = ReportEngine.ManualFields(Format).ToDictionary(f => f.Key, StringComparer.Ordinal);
        var refusals = new RefusalList();
        var parsed = new List<(string Key, decimal Value)>();
        foreach (var (key, raw) in values)
        {
            if (!fields.TryGetValue(key, out var field))
            {
                refusals.Add(key, "该格式没有这一项手工填报数据。");
            }
            else if (!string.IsNullOrWhiteSpace(raw))
            {
                if (FigureProblem(field, raw) is { } problem)
                {
                    refusals.Add(key, problem);
                }
                else
                {
                    parsed.Add((key, decimal.Parse(raw.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture)));
                }
            }
        }

        if (!refusals.IsEmpty)
        {
            return new FigureEntry([], refusals);
        }

        var latest = ReportFigure.Latest(stored.Where(f => f.AgencyId == AgencyId && f.Year == Year));
        var added = parsed
            .Where(p => !latest.TryGetValue(p.Key, out var current) || current.Value != p.Value)
            .Select(p => new ReportFigure { AgencyId = AgencyId, Year = Year, Key = p.Key, Value = p.Value, EnteredBy = enteredBy, EnteredAt = at })
            .ToList();
        UpdatedAt = at;
        unsavedStep = ReportFigure.EnteredStep;
        return new FigureEntry(added, []);
    }

    /// <summary>
    /// Why publication would be refused on the figures and text alone (the list the admin works through before
    /// publishing): a consistency check fails without an explanation, a manual figure is missing, or 一、总体情况 is
    /// empty. Empty once published.
    /// </summary>
    public IReadOnlyList<Refusal> PublicationBlockers(ReportStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        if (IsPublished)
        {
            return [];
        }

        var refusals = new RefusalList();
        foreach (var c in UnexplainedFailures(statistics))
        {
            // DESIGN.md §7: the tables are validated against each other before publication; a failure stands unless explained.
            refusals.Add("publish", $"核对未通过且未说明（{c.Rule}）：{c.Message}");
        }

        var missing = statistics.Tables.SelectMany(t => t.Rows).Where(r => r.Cells.Any(c => c.Source == CellSource.Missing)).Select(r => r.Label).Distinct().ToList();
        if (missing.Count > 0)
        {
            refusals.Add("publish", "尚有手工填报数据未填写：" + string.Join("、", missing));
        }

        if (string.IsNullOrWhiteSpace(Overview))
        {
            // 条例第五十条 and the 2021 format open with 一、总体情况: a report without it is not a report.
            refusals.Add("publish", "请填写“一、总体情况”（可先生成初稿再修改）。");
        }

        return refusals;
    }

    /// <summary>
    /// Publishes (条例第四十九条): freezes <paramref name="statistics"/> so later corrections to the records do not rewrite
    /// the published report. Refused — leaving the report unchanged — when it is already published (a published report is
    /// never re-published or rewritten), while its year is not over, or while <see cref="PublicationBlockers"/> names anything.
    /// </summary>
    /// <param name="statistics">This report's statistics, computed now in its own format and period; the manual figures'
    /// state is read from them (cells still <see cref="CellSource.Missing"/>), the same cells the tables show as 待填报.</param>
    /// <param name="publishedBy">Who publishes.</param>
    /// <param name="at">When; the day in China decides whether the year is over.</param>
    public IReadOnlyList<Refusal> Publish(ReportStatistics statistics, string publishedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentException.ThrowIfNullOrWhiteSpace(publishedBy);
        if (RefuseEditOncePublished() is { } published)
        {
            return published;
        }

        // Freezing another format's or period's figures would publish tables that are not this report's.
        if (statistics.Format != Format || statistics.Period != Period)
        {
            throw new ArgumentException($"统计数据（{statistics.Format}，{statistics.Period}）不是本报告的格式和统计期（{Format}，{Period}）。", nameof(statistics));
        }

        if (!YearIsOver(ChinaTime.Day(at)))
        {
            return [new Refusal("year", $"{Year}年尚未结束，年度报告须在年度结束后发布。")];
        }

        var blockers = PublicationBlockers(statistics);
        if (blockers.Count > 0)
        {
            return blockers;
        }

        // 涉密信息不上网: the report goes on the portal (and into the catalog); a 密级 marking in any narrative stops it.
        foreach (var text in new[] { Overview, Problems, Other })
        {
            if (Catalog.CatalogItem.SecrecyRefusalFor(null, text) is { } secret)
            {
                return [new Refusal("publish", secret.Message)];
            }
        }

        Status = ReportStatus.Published;
        PublishedAt = at;
        PublishedBy = publishedBy;
        PublishedStatistics = JsonSerializer.Serialize(statistics, Json);
        UpdatedAt = at;
        unsavedStep = "发布年度报告";
        return [];
    }

    private static string? FigureProblem(ManualField field, string raw)
    {
        if (!decimal.TryParse(raw.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return $"“{field.Label}”请填写数字。";
        }

        // Only the 2019 format's 本年增/减 rows may go down (减少填负数).
        if (value < 0 && !field.Key.EndsWith(".change", StringComparison.Ordinal))
        {
            return $"“{field.Label}”不能为负数。";
        }

        if (Math.Abs(value) > MaxFigure)
        {
            return $"“{field.Label}”数值过大。";
        }

        return field.Unit != TenThousandYuan && value != Math.Floor(value) ? $"“{field.Label}”应为整数（单位：{field.Unit}）。" : null;
    }

    private IReadOnlyList<Refusal>? RefuseEditOncePublished() =>
        IsPublished ? [new Refusal("status", "年度报告已发布，不能再修改。")] : null;

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().ReplaceLineEndings("\n");
}

/// <summary>A figure the records cannot give (行政许可 decisions, staff, budget…), entered by the agency admin; latest wins.
/// Created by <see cref="AnnualReport.EnterFigures"/>; entries are never edited, a new value is a new entry.</summary>
public sealed class ReportFigure : IAgencyOwned, IAudited
{
    /// <summary>The audit verb of figures entered (the report's row and each entry's).</summary>
    public const string EnteredStep = "填报年度报告数据";

    public long Id { get; init; }

    public int AgencyId { get; init; }

    public int Year { get; init; }

    public required string Key { get; init; }

    public decimal Value { get; init; }

    public required string EnteredBy { get; init; }

    public DateTimeOffset EnteredAt { get; init; }

    /// <summary>The current entry per key: the latest entered (ties by id), the rule the statistics follow too.</summary>
    public static IReadOnlyDictionary<string, ReportFigure> Latest(IEnumerable<ReportFigure> entries) =>
        entries.GroupBy(f => f.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(f => f.EnteredAt).ThenBy(f => f.Id).Last(), StringComparer.Ordinal);

    public string? AuditAction(AuditedChange change) => change == AuditedChange.Created ? EnteredStep : null;
}
