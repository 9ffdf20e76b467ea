using System.Globalization;
using System.Text.Json;
using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;
using Gongkai.Core.Reports;
using Gongkai.Data;
using Gongkai.Web.Features.Catalog;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports;

/// <summary>Where a report stands against its statutory date (条例第五十条).</summary>
public enum ReportTiming
{
    /// <summary>Not yet published, due date ahead (or the year is not over).</summary>
    Open,

    /// <summary>Published on or before the due date.</summary>
    OnTime,

    /// <summary>Not published and the due date has passed.</summary>
    Overdue,

    /// <summary>Published after the due date.</summary>
    PublishedLate,
}

/// <summary>One agency-year's report as the pages and the API show it.</summary>
/// <param name="Statistics">Live figures while a draft; the frozen copy once published.</param>
/// <param name="DaysLeft">Calendar days until the due date (negative when past).</param>
public sealed record ReportView(
    Agency Agency,
    int Year,
    AnnualReport Report,
    ReportStatistics Statistics,
    bool Frozen,
    DateOnly DueOn,
    ReportTiming Timing,
    int DaysLeft,
    IReadOnlyList<ManualField> ManualFields,
    IReadOnlyList<CheckResult> UnexplainedFailures,
    IReadOnlyList<string> PublishBlockers,
    bool CanEdit);

/// <summary>The admin's narrative and settings.</summary>
public sealed record NarrativeInput(string? Overview, string? Problems, string? Other, string? CheckNotes, DateOnly? PeriodFrom = null, DateOnly? PeriodTo = null);

/// <summary>A row of the supervisor's overview.</summary>
public sealed record SubordinateReport(Agency Agency, ReportStatus? Status, ReportTiming Timing, DateOnly DueOn, DateTimeOffset? PublishedAt, ReportStatistics Statistics);

/// <summary>
/// The 政府信息公开工作年度报告 of an agency-year: computed from the records, manual figures and narrative entered by the
/// agency admin, consistency checks that block publication until fixed or explained, publication (frozen figures, an
/// item in the 年度报告 column), the supervisor's roll-up and the multi-year figures.
/// </summary>
public sealed class ReportService(GongkaiDbContext db, StaffContext me, ReportFactsLoader loader, PublishGeneratedItemHandler publishItem, TimeProvider clock)
{
    public const int FirstYear = 2008;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private DateOnly Today => Gongkai.Core.Calendar.ChinaTime.Day(clock.GetUtcNow());

    /// <summary>The report, live or frozen. Anonymous callers see published reports only; staff those of agencies they can read.</summary>
    public async Task<Outcome<ReportView>> GetAsync(string agencyCode, int year, ReportFormat? format, CancellationToken ct)
    {
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == agencyCode, ct);
        if (agency is null || year < FirstYear || year > Today.Year)
        {
            return Outcome<ReportView>.Missing;
        }

        var staff = await me.CanReadAsync(agency.Id, ct);
        var report = await db.AnnualReports.AsNoTracking().SingleOrDefaultAsync(r => r.AgencyId == agency.Id && r.Year == year, ct);
        if (!staff && report?.Status != ReportStatus.Published)
        {
            return Outcome<ReportView>.Missing;
        }

        return Outcome<ReportView>.Ok(await ViewAsync(agency, year, report, format, staff && await me.HasRoleAsync(agency.Id, StaffRole.AgencyAdmin, ct), ct));
    }

    /// <summary>Live statistics of an agency-year in a format (the previous year's carried-over figures checked against it).</summary>
    public async Task<ReportStatistics> ComputeAsync(int agencyId, ReportPeriod period, ReportFormat format, CancellationToken ct)
    {
        var facts = await loader.LoadAsync(agencyId, period, ct);
        ReportStatistics? previous = null;
        var lastYear = period.To.Year - 1;
        if (format != ReportFormat.Legacy && ReportDeadlines.FormatFor(lastYear) != ReportFormat.Legacy)
        {
            var published = await db.AnnualReports.AsNoTracking()
                .Where(r => r.AgencyId == agencyId && r.Year == lastYear && r.Status == ReportStatus.Published).Select(r => r.PublishedStatistics).SingleOrDefaultAsync(ct);
            previous = published is not null
                ? JsonSerializer.Deserialize<ReportStatistics>(published, Json)
                : ReportEngine.Compute(ReportDeadlines.FormatFor(lastYear), await loader.LoadAsync(agencyId, ReportPeriod.Year(lastYear), ct));
        }

        return ReportEngine.Compute(format, facts, previous);
    }

    /// <summary>Saves the narrative (and the period), agency admin only, while a draft.</summary>
    public async Task<Outcome<ReportView>> SaveNarrativeAsync(string agencyCode, int year, NarrativeInput input, CancellationToken ct)
    {
        var (agency, report, denied) = await EditableAsync(agencyCode, year, ct);
        if (denied is { } d)
        {
            return d;
        }

        var v = new Validation()
            .Text("overview", "一、总体情况", input.Overview, AnnualReport.MaxSectionLength, required: false)
            .Text("problems", "五、存在的主要问题及改进情况", input.Problems, AnnualReport.MaxSectionLength, required: false)
            .Text("other", "六、其他需要报告的事项", input.Other, AnnualReport.MaxSectionLength, required: false)
            .Text("checkNotes", "核对说明", input.CheckNotes, AnnualReport.MaxSectionLength, required: false);
        var from = input.PeriodFrom ?? report!.PeriodFrom;
        var to = input.PeriodTo ?? report!.PeriodTo;
        if (from.Year != year && !(from.Year == year - 1 && from.Month == 12))
        {
            v.Add("periodFrom", $"统计起始日应在{year}年内（或上年12月）。");
        }

        if (to.Year != year)
        {
            v.Add("periodTo", $"统计截止日应在{year}年内。");
        }

        if (to < from)
        {
            v.Add("periodTo", "统计截止日不能早于起始日。");
        }

        if (!v.IsValid)
        {
            return Outcome<ReportView>.Fail(v);
        }

        report!.Overview = Trim(input.Overview);
        report.Problems = Trim(input.Problems);
        report.Other = Trim(input.Other);
        report.CheckNotes = Trim(input.CheckNotes);
        report.PeriodFrom = from;
        report.PeriodTo = to;
        report.UpdatedAt = clock.GetUtcNow();
        db.PendingAction = "保存年度报告";
        await db.SaveChangesAsync(ct);
        return Outcome<ReportView>.Ok(await ViewAsync(agency!, year, report, null, true, ct));
    }

    /// <summary>Enters manual figures (blank = unchanged), agency admin only, while a draft. Each entry is kept with who and when.</summary>
    public async Task<Outcome<ReportView>> SaveFiguresAsync(string agencyCode, int year, IReadOnlyDictionary<string, string?> values, CancellationToken ct)
    {
        var (agency, report, denied) = await EditableAsync(agencyCode, year, ct);
        if (denied is { } d)
        {
            return d;
        }

        var fields = ReportEngine.ManualFields(report!.Format).ToDictionary(f => f.Key);
        var v = new Validation();
        var parsed = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (key, raw) in values)
        {
            if (!fields.TryGetValue(key, out var field))
            {
                v.Add(key, "该格式没有这一项手工填报数据。");
                continue;
            }

            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            if (!decimal.TryParse(raw.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                v.Add(key, $"“{field.Label}”请填写数字。");
            }
            else if (value < 0 && !key.EndsWith(".change", StringComparison.Ordinal))
            {
                v.Add(key, $"“{field.Label}”不能为负数。");
            }
            else if (Math.Abs(value) > 1_000_000_000m || (field.Unit != "万元" && value != Math.Floor(value)))
            {
                v.Add(key, field.Unit == "万元" ? $"“{field.Label}”数值过大。" : $"“{field.Label}”应为整数（单位：{field.Unit}）。");
            }
            else
            {
                parsed[key] = value;
            }
        }

        if (!v.IsValid)
        {
            return Outcome<ReportView>.Fail(v);
        }

        var who = (await me.GetAsync(ct))!;
        var latest = await db.ReportFigures.AsNoTracking().Where(f => f.AgencyId == agency!.Id && f.Year == year).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var (key, value) in parsed)
        {
            // Unchanged figures are not entered again, so provenance names who really entered each value.
            if (latest.Where(f => f.Key == key).OrderBy(f => f.EnteredAt).ThenBy(f => f.Id).LastOrDefault() is { } last && last.Value == value)
            {
                continue;
            }

            db.ReportFigures.Add(new ReportFigure { AgencyId = agency!.Id, Year = year, Key = key, Value = value, EnteredBy = $"{who.DisplayName}（{who.UserName}）", EnteredAt = now });
        }

        report.UpdatedAt = now;
        db.PendingAction = "填报年度报告数据";
        await db.SaveChangesAsync(ct);
        return Outcome<ReportView>.Ok(await ViewAsync(agency!, year, report, null, true, ct));
    }

    /// <summary>The generated first draft of 一、总体情况.</summary>
    public async Task<string> DraftOverviewAsync(Agency agency, AnnualReport report, CancellationToken ct)
    {
        var period = new ReportPeriod(report.PeriodFrom, report.PeriodTo);
        var now = MainFigures.Of(await loader.LoadAsync(agency.Id, period, ct));
        var before = MainFigures.Of(await loader.LoadAsync(agency.Id, ReportPeriod.Year(report.Year - 1), ct));
        var hasHistory = await db.CatalogItems.AnyAsync(i => i.AgencyId == agency.Id && i.PublishedAt != null && i.PublishedAt < new DateTimeOffset(report.Year, 1, 1, 0, 0, 0, Gongkai.Core.Calendar.ChinaTime.Offset), ct)
            || await db.Requests.AnyAsync(r => r.AgencyId == agency.Id && r.ReceivedOn < period.From, ct);
        return ReportNarrative.DraftOverview(agency.Name, period, now, hasHistory ? before : null);
    }

    /// <summary>
    /// Publishes: refused while a check fails without an explanation, a manual figure is missing or 总体情况 is empty.
    /// Freezes the statistics and puts the report in the agency's 年度报告 column on the portal.
    /// </summary>
    public async Task<Outcome<ReportView>> PublishAsync(string agencyCode, int year, CancellationToken ct)
    {
        var (agency, report, denied) = await EditableAsync(agencyCode, year, ct);
        if (denied is { } d)
        {
            return d;
        }

        var view = await ViewAsync(agency!, year, report!, null, true, ct);
        if (year >= Today.Year)
        {
            return Outcome<ReportView>.Fail(new Validation().Add("year", $"{year}年尚未结束，年度报告须在年度结束后发布。"));
        }

        if (view.PublishBlockers.Count > 0)
        {
            var v = new Validation();
            foreach (var b in view.PublishBlockers)
            {
                v.Add("publish", b);
            }

            return Outcome<ReportView>.Fail(v);
        }

        // 涉密信息不上网: the overview also becomes a catalog item, which refuses a 密级 marking; refused before anything is published.
        if (CatalogItem.SecrecyRefusalFor(null, report!.Overview) is { } secret)
        {
            return Outcome<ReportView>.Fail(new Validation().Add("publish", secret.Message));
        }

        var who = (await me.GetAsync(ct))!;
        var now = clock.GetUtcNow();
        report!.Status = ReportStatus.Published;
        report.PublishedAt = now;
        report.PublishedBy = $"{who.DisplayName}（{who.UserName}）";
        report.PublishedStatistics = JsonSerializer.Serialize(view.Statistics, Json);
        report.UpdatedAt = now;
        db.PendingAction = "发布年度报告";
        await db.SaveChangesAsync(ct);

        // The portal's 政府信息公开年报 column links to the report page (its item is found by search like any other).
        var column = await db.CatalogColumns.AsNoTracking().FirstOrDefaultAsync(c => c.AgencyId == agency!.Id && c.Key == "nianbao", ct);
        if (column is not null)
        {
            var title = $"{agency!.Name}{year}年政府信息公开工作年度报告";
            var body = (report.Overview ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            await publishItem.HandleAsync(new CatalogItem
            {
                AgencyId = agency.Id,
                ColumnId = column.Id,
                Title = title,
                Publisher = agency.Name,
                BodyHtml = string.Concat(body.Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>"))
                    + $"<p><a href=\"/{agency.Code}/reports/{year}\">查看年度报告全文及统计表</a></p>",
                BodyText = string.Join('\n', body),
                Topic = "综合政务",
                Keywords = "政府信息公开 年度报告",
                CreatedBy = who.UserName,
            }, who.UserName, ct);
        }

        return Outcome<ReportView>.Ok(await ViewAsync(agency!, year, report, null, true, ct));
    }

    /// <summary>The supervisor's view: every agency below <paramref name="agencyCode"/> with status and figures, and their sum.</summary>
    public async Task<Outcome<(IReadOnlyList<SubordinateReport> Rows, ReportStatistics Sum)>> RollupAsync(string agencyCode, int year, ReportFormat? format, CancellationToken ct)
    {
        var root = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == agencyCode, ct);
        if (root is null || year < FirstYear || year > Today.Year)
        {
            return Outcome<(IReadOnlyList<SubordinateReport>, ReportStatistics)>.Missing;
        }

        var s = await me.GetAsync(ct);
        if (s is null || !(s.IsPlatformAdmin || s.Supervised.Contains(root.Id)))
        {
            return Outcome<(IReadOnlyList<SubordinateReport>, ReportStatistics)>.Denied;
        }

        var f = format ?? ReportDeadlines.FormatFor(year);
        var all = await db.Agencies.AsNoTracking().ToListAsync(ct);
        var below = AgencyTree.SelfAndDescendants(root.Id, all.Select(a => (a.Id, a.ParentId)));
        var agencies = all.Where(a => below.Contains(a.Id) && a.Id != root.Id).OrderBy(a => a.Id).ToList();
        var reports = await db.AnnualReports.AsNoTracking().Where(r => r.Year == year && below.Contains(r.AgencyId)).ToDictionaryAsync(r => r.AgencyId, ct);
        var rows = new List<SubordinateReport>();
        foreach (var a in agencies)
        {
            reports.TryGetValue(a.Id, out var r);
            var stats = r is { Status: ReportStatus.Published, PublishedStatistics: { } json } && r.Format == f
                ? JsonSerializer.Deserialize<ReportStatistics>(json, Json)!
                : await ComputeAsync(a.Id, r is null ? ReportPeriod.Year(year) : new ReportPeriod(r.PeriodFrom, r.PeriodTo), f, ct);
            var due = ReportDeadlines.DueOn(a.Level, year);
            rows.Add(new SubordinateReport(a, r?.Status, TimingOf(r, due), due, r?.PublishedAt, stats));
        }

        var sum = ReportRollup.Sum(f, ReportPeriod.Year(year), rows.Select(r => (r.Agency.Name, r.Statistics)).ToList());
        return Outcome<(IReadOnlyList<SubordinateReport>, ReportStatistics)>.Ok((rows, sum));
    }

    /// <summary>The main figures of every year the agency has records for, up to last year (and this year so far).</summary>
    public async Task<IReadOnlyList<MainFigures>> HistoryAsync(int agencyId, CancellationToken ct)
    {
        var firstItem = await db.CatalogItems.Where(i => i.AgencyId == agencyId && i.PublishedAt != null).MinAsync(i => (DateTimeOffset?)i.PublishedAt, ct);
        var firstRequest = await db.Requests.Where(r => r.AgencyId == agencyId).MinAsync(r => (DateOnly?)r.ReceivedOn, ct);
        var first = new[] { firstItem is { } fi ? Gongkai.Core.Calendar.ChinaTime.Day(fi).Year : (int?)null, firstRequest?.Year }.Where(y => y is not null).Min() ?? Today.Year;
        var facts = await loader.LoadAsync(agencyId, new ReportPeriod(new DateOnly(Math.Max(first, FirstYear), 1, 1), new DateOnly(Today.Year, 12, 31)), ct);
        var list = new List<MainFigures>();
        for (var y = Math.Max(first, FirstYear); y <= Today.Year; y++)
        {
            list.Add(MainFigures.Of(facts with { Period = ReportPeriod.Year(y) }));
        }

        return list;
    }

    /// <summary>Where a report stands on <paramref name="today"/> against its due date (published on time, late, overdue or open).</summary>
    public static ReportTiming TimingOf(AnnualReport? report, DateOnly due, DateOnly today) =>
        report?.Status == ReportStatus.Published
            ? (Gongkai.Core.Calendar.ChinaTime.Day(report.PublishedAt!.Value) <= due ? ReportTiming.OnTime : ReportTiming.PublishedLate)
            : today > due ? ReportTiming.Overdue : ReportTiming.Open;

    private ReportTiming TimingOf(AnnualReport? report, DateOnly due) => TimingOf(report, due, Today);

    private async Task<(Agency? Agency, AnnualReport? Report, Outcome<ReportView>? Denied)> EditableAsync(string agencyCode, int year, CancellationToken ct)
    {
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == agencyCode, ct);
        if (agency is null || year < FirstYear || year > Today.Year || !await me.CanReadAsync(agency.Id, ct))
        {
            return (null, null, Outcome<ReportView>.Missing);
        }

        if (!await me.HasRoleAsync(agency.Id, StaffRole.AgencyAdmin, ct))
        {
            return (null, null, Outcome<ReportView>.Denied);
        }

        var report = await db.AnnualReports.SingleOrDefaultAsync(r => r.AgencyId == agency.Id && r.Year == year, ct);
        if (report is null)
        {
            report = NewReport(agency.Id, year);
            db.AnnualReports.Add(report);
        }
        else if (report.Status == ReportStatus.Published)
        {
            return (null, null, Outcome<ReportView>.Fail(new Validation().Add("status", "年度报告已发布，不能再修改。")));
        }

        return (agency, report, null);
    }

    private AnnualReport NewReport(int agencyId, int year) => new()
    {
        AgencyId = agencyId,
        Year = year,
        Format = ReportDeadlines.FormatFor(year),
        PeriodFrom = new DateOnly(year, 1, 1),
        PeriodTo = new DateOnly(year, 12, 31),
        UpdatedAt = clock.GetUtcNow(),
    };

    private async Task<ReportView> ViewAsync(Agency agency, int year, AnnualReport? report, ReportFormat? format, bool canEdit, CancellationToken ct)
    {
        report ??= NewReport(agency.Id, year);
        var frozen = report.Status == ReportStatus.Published && report.PublishedStatistics is not null && (format is null || format == report.Format);
        var stats = frozen
            ? JsonSerializer.Deserialize<ReportStatistics>(report.PublishedStatistics!, Json)!
            : await ComputeAsync(agency.Id, new ReportPeriod(report.PeriodFrom, report.PeriodTo), format ?? report.Format, ct);
        var due = ReportDeadlines.DueOn(agency.Level, year);
        var explained = Explanations(report.CheckNotes);
        var unexplained = stats.Checks.Where(c => !c.Passed && !explained.Contains(c.Rule)).ToList();
        var blockers = new List<string>();
        if (report.Status != ReportStatus.Published)
        {
            blockers.AddRange(unexplained.Select(c => $"核对未通过且未说明（{c.Rule}）：{c.Message}"));
            var missing = stats.Tables.SelectMany(t => t.Rows).Where(r => r.Cells.Any(c => c.Source == CellSource.Missing)).Select(r => r.Label).Distinct().ToList();
            if (missing.Count > 0)
            {
                blockers.Add("尚有手工填报数据未填写：" + string.Join("、", missing));
            }

            if (string.IsNullOrWhiteSpace(report.Overview))
            {
                blockers.Add("请填写“一、总体情况”（可先生成初稿再修改）。");
            }
        }

        return new ReportView(agency, year, report, stats, frozen, due, TimingOf(report, due), due.DayNumber - Today.DayNumber,
            ReportEngine.ManualFields(format ?? report.Format), unexplained, blockers, canEdit && report.Status != ReportStatus.Published);
    }

    /// <summary>The rules explained in the notes: lines "rule: explanation" (or "rule：说明") with a non-empty explanation.</summary>
    public static IReadOnlySet<string> Explanations(string? notes) =>
        (notes ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split([':', '：'], 2))
            .Where(p => p.Length == 2 && p[1].Trim().Length >= 4)
            .Select(p => p[0].Trim())
            .ToHashSet(StringComparer.Ordinal);

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().ReplaceLineEndings("\n");
}
