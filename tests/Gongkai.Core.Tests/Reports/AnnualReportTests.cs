using Gongkai.Core.Calendar;
using Gongkai.Core.Reports;
using Gongkai.Core.Requests;
using static Gongkai.Core.Tests.Reports.ReportFixture;

namespace Gongkai.Core.Tests.Reports;

/// <summary>
/// The report aggregate owns its publication (条例第四十九、五十条): it refuses while the year runs, while a check fails
/// unexplained, a manual figure is missing or 一、总体情况 is empty, and once published; a refused step leaves it unchanged.
/// </summary>
public sealed class AnnualReportTests
{
    private const int Year = 2025;
    private const string Admin = "双溪乡管理员（shuangxi.admin）";

    private static readonly DateTimeOffset Started = new(2025, 3, 1, 9, 0, 0, ChinaTime.Offset);

    // 2026-02-10 in Beijing: the 2025 report year is over (and its 31 January date has passed).
    private static readonly DateTimeOffset AfterYear = new(2026, 2, 10, 10, 0, 0, ChinaTime.Offset);

    private static readonly IReadOnlyList<ManualFigure> AllFigures =
        ReportEngine.ManualFields(ReportFormat.Format2021).Select(f => new ManualFigure(f.Key, 2, "张三", Started)).ToList();

    private static readonly RequestFact Unplaced =
        new(900, ApplicantType.NaturalPerson, RequestChannel.Online, D("2025-03-01"), RequestOutcome.Disclosed, null, false, null, false, false, 0);

    private static ReportStatistics Statistics(IReadOnlyList<ManualFigure>? manual = null, IReadOnlyList<RequestFact>? requests = null) =>
        ReportEngine.Compute(ReportFormat.Format2021, new ReportFacts(ReportPeriod.Year(Year), requests ?? [], [], [], [], manual ?? AllFigures));

    private static AnnualReport Draft(string? overview = "本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。", string? checkNotes = null)
    {
        var report = AnnualReport.Start(7, Year, Started);
        Assert.Empty(report.ReviseNarrative(new NarrativeRevision(overview, "公开时效有待提高。", "无。", checkNotes), Started));
        return report;
    }

    /// <summary>Everything a caller can see of the report, to show a refused step changed nothing.</summary>
    private static object Snapshot(AnnualReport r) =>
        (r.Status, r.PublishedAt, r.PublishedBy, r.PublishedStatistics, r.Overview, r.Problems, r.Other, r.CheckNotes, r.PeriodFrom, r.PeriodTo, r.UpdatedAt);

    private static AnnualReport Published()
    {
        var report = Draft();
        Assert.Empty(report.Publish(Statistics(), Admin, AfterYear));
        return report;
    }

    [Fact]
    public void A_new_report_is_a_draft_of_the_whole_year_in_the_format_in_force()
    {
        var report = AnnualReport.Start(7, 2020, Started);
        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Equal(ReportFormat.Format2019, report.Format);
        Assert.Equal(ReportPeriod.Year(2020), report.Period);
        Assert.False(report.IsPublished);
        Assert.Null(report.FrozenStatistics());
    }

    [Fact]
    public void Publishing_freezes_the_figures_and_records_who_and_when()
    {
        var report = Draft();
        var stats = Statistics();

        Assert.Empty(report.Publish(stats, Admin, AfterYear));

        Assert.Equal(ReportStatus.Published, report.Status);
        Assert.Equal(AfterYear, report.PublishedAt);
        Assert.Equal(Admin, report.PublishedBy);
        Assert.Equal(AfterYear, report.UpdatedAt);
        var frozen = report.FrozenStatistics()!;
        Assert.Equal(stats.Period, frozen.Period);
        Assert.Equal(stats["t2.5"]["t2.5.license"].Cells[0].Value, frozen["t2.5"]["t2.5.license"].Cells[0].Value);
        Assert.Empty(report.PublicationBlockers(stats));
    }

    [Fact]
    public void Publishing_is_refused_while_the_report_year_is_not_over()
    {
        var report = Draft();
        var before = Snapshot(report);

        // 31 December 2025, 23:30 in Beijing (15:30 UTC): still the report year.
        var refusals = report.Publish(Statistics(), Admin, new DateTimeOffset(2025, 12, 31, 15, 30, 0, TimeSpan.Zero));

        var r = Assert.Single(refusals);
        Assert.Equal("year", r.Field);
        Assert.Equal("2025年尚未结束，年度报告须在年度结束后发布。", r.Message);
        Assert.Equal(before, Snapshot(report));
    }

    [Fact]
    public void Publishing_is_refused_while_a_check_fails_without_an_explanation_and_allowed_once_explained()
    {
        var report = Draft();
        var stats = Statistics(requests: [Unplaced]);
        var failed = stats.Checks.Where(c => !c.Passed).Select(c => c.Rule).ToList();
        Assert.Contains("requests.unplaced", failed);
        var before = Snapshot(report);

        var refusals = report.Publish(stats, Admin, AfterYear);

        Assert.Equal(failed.Count, refusals.Count);
        Assert.All(refusals, r => Assert.Equal("publish", r.Field));
        Assert.Contains(refusals, r => r.Message.StartsWith("核对未通过且未说明（requests.unplaced）：", StringComparison.Ordinal));
        Assert.Equal(before, Snapshot(report));

        // A note of three characters explains nothing; one line per rule with a real explanation does.
        Assert.Empty(report.ReviseNarrative(new NarrativeRevision(report.Overview, null, null, string.Join("\n", failed.Select(f => f + "：待核实"))), Started));
        Assert.NotEmpty(report.Publish(stats, Admin, AfterYear));
        Assert.Empty(report.ReviseNarrative(new NarrativeRevision(report.Overview, null, null, string.Join("\n", failed.Select(f => f + "：该申请答复日期漏录，已补正台账"))), Started));
        Assert.Empty(report.Publish(stats, Admin, AfterYear));
        Assert.True(report.IsPublished);
    }

    [Fact]
    public void Publishing_is_refused_while_a_manual_figure_is_missing()
    {
        var report = Draft();
        var stats = Statistics(manual: AllFigures.Where(f => f.Key != "penalty.decisions").ToList());
        var before = Snapshot(report);

        var r = Assert.Single(report.Publish(stats, Admin, AfterYear));

        Assert.Equal("publish", r.Field);
        Assert.Equal("尚有手工填报数据未填写：行政处罚", r.Message);
        Assert.Equal(before, Snapshot(report));
    }

    [Fact]
    public void Publishing_is_refused_while_the_overview_is_empty()
    {
        var report = Draft(overview: "  ");
        var before = Snapshot(report);

        var r = Assert.Single(report.Publish(Statistics(), Admin, AfterYear));

        Assert.Equal("publish", r.Field);
        Assert.Contains("一、总体情况", r.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(report));
    }

    [Fact]
    public void Every_blocker_is_named_at_once()
    {
        var report = Draft(overview: null);
        var refusals = report.Publish(Statistics(manual: [], requests: [Unplaced]), Admin, AfterYear);
        Assert.Contains(refusals, r => r.Message.Contains("requests.unplaced", StringComparison.Ordinal));
        Assert.Contains(refusals, r => r.Message.StartsWith("尚有手工填报数据未填写", StringComparison.Ordinal));
        Assert.Contains(refusals, r => r.Message.Contains("总体情况", StringComparison.Ordinal));
        Assert.False(report.IsPublished);
    }

    [Fact]
    public void A_published_report_is_not_published_again()
    {
        var report = Published();
        var before = Snapshot(report);

        var r = Assert.Single(report.Publish(Statistics(), "另一人", AfterYear.AddDays(3)));

        Assert.Equal("status", r.Field);
        Assert.Equal("年度报告已发布，不能再修改。", r.Message);
        Assert.Equal(before, Snapshot(report));
    }

    [Fact]
    public void A_published_report_refuses_narrative_and_figure_edits()
    {
        var report = Published();
        var before = Snapshot(report);

        var narrative = Assert.Single(report.ReviseNarrative(new NarrativeRevision("改写", null, null, null), AfterYear.AddDays(1)));
        var figures = report.EnterFigures(new Dictionary<string, string?> { ["license.decisions"] = "9" }, [], Admin, AfterYear.AddDays(1));

        Assert.Equal("status", narrative.Field);
        Assert.Equal("status", Assert.Single(figures.Refusals).Field);
        Assert.Empty(figures.Added);
        Assert.Equal(before, Snapshot(report));
    }

    [Fact]
    public void Statistics_of_another_format_or_period_cannot_be_frozen()
    {
        var report = Draft();
        var legacy = ReportEngine.Compute(ReportFormat.Legacy, new ReportFacts(ReportPeriod.Year(Year), [], [], [], [], []));
        var shorter = ReportEngine.Compute(ReportFormat.Format2021, new ReportFacts(new ReportPeriod(D("2025-01-01"), D("2025-12-28")), [], [], [], [], AllFigures));

        Assert.Throws<ArgumentException>(() => report.Publish(legacy, Admin, AfterYear));
        Assert.Throws<ArgumentException>(() => report.Publish(shorter, Admin, AfterYear));
        Assert.False(report.IsPublished);
    }

    [Fact]
    public void The_period_stays_in_the_report_year_or_starts_in_the_previous_december()
    {
        var report = Draft();
        var before = Snapshot(report);

        var refusals = report.ReviseNarrative(new NarrativeRevision("x", null, null, null, D("2024-11-30"), D("2026-01-05")), AfterYear);
        Assert.Contains(refusals, r => r is { Field: "periodFrom", Message: "统计起始日应在2025年内（或上年12月）。" });
        Assert.Contains(refusals, r => r is { Field: "periodTo", Message: "统计截止日应在2025年内。" });
        Assert.Contains(Assert.Single(report.ReviseNarrative(new NarrativeRevision("x", null, null, null, D("2025-06-01"), D("2025-05-01")), AfterYear)).Message,
            "统计截止日不能早于起始日。", StringComparison.Ordinal);
        Assert.Single(report.ReviseNarrative(new NarrativeRevision(new string('字', AnnualReport.MaxSectionLength + 1), null, null, null), AfterYear), r => r.Field == "overview");
        Assert.Equal(before, Snapshot(report));

        Assert.Empty(report.ReviseNarrative(new NarrativeRevision(" 正文\r\n第二段 ", " ", null, null, D("2024-12-21"), D("2025-12-20")), AfterYear));
        Assert.Equal(new ReportPeriod(D("2024-12-21"), D("2025-12-20")), report.Period);
        Assert.Equal("正文\n第二段", report.Overview);
        Assert.Null(report.Problems);
    }

    [Fact]
    public void Figures_are_refused_as_a_whole_when_one_is_bad_and_unchanged_values_are_not_entered_again()
    {
        var report = Draft();
        var before = Snapshot(report);

        var bad = report.EnterFigures(
            new Dictionary<string, string?> { ["license.decisions"] = "abc", ["penalty.decisions"] = "-3", ["coercion.decisions"] = "1.5", ["adminFees.amount"] = "12.5", ["nope"] = "1" },
            [], Admin, AfterYear);
        Assert.Empty(bad.Added);
        Assert.Equal(new[] { "license.decisions", "penalty.decisions", "coercion.decisions", "nope" }, bad.Refusals.Select(r => r.Field));
        Assert.Equal("“行政许可：本年处理决定数量”请填写数字。", bad.Refusals[0].Message);
        Assert.Equal("“行政处罚：本年处理决定数量”不能为负数。", bad.Refusals[1].Message);
        Assert.Equal("“行政强制：本年处理决定数量”应为整数（单位：件）。", bad.Refusals[2].Message);
        Assert.Equal(before, Snapshot(report));
        Assert.Equal("“行政事业性收费：本年收费金额”数值过大。",
            Assert.Single(report.EnterFigures(new Dictionary<string, string?> { ["adminFees.amount"] = "2000000000" }, [], Admin, AfterYear).Refusals).Message);

        ReportFigure Stored(string key, decimal value, int minutes) =>
            new() { Id = minutes, AgencyId = report.AgencyId, Year = Year, Key = key, Value = value, EnteredBy = "李四", EnteredAt = Started.AddMinutes(minutes) };
        var entry = report.EnterFigures(
            new Dictionary<string, string?> { ["license.decisions"] = "12", ["penalty.decisions"] = "3", ["coercion.decisions"] = " ", ["adminFees.amount"] = "12.5" },
            [Stored("license.decisions", 10, 1), Stored("license.decisions", 12, 2), Stored("penalty.decisions", 4, 3)], Admin, AfterYear);

        Assert.Empty(entry.Refusals);
        Assert.Equal(new[] { ("penalty.decisions", 3m), ("adminFees.amount", 12.5m) }, entry.Added.Select(f => (f.Key, f.Value)));
        Assert.All(entry.Added, f => Assert.Equal((report.AgencyId, Year, Admin, AfterYear), (f.AgencyId, f.Year, f.EnteredBy, f.EnteredAt)));
    }

    [Fact]
    public void The_2019_format_allows_a_negative_change_only_on_its_change_rows()
    {
        var report = AnnualReport.Start(7, 2020, Started);
        var entry = report.EnterFigures(new Dictionary<string, string?> { ["license.change"] = "-2", ["license.previousItems"] = "-1" }, [], Admin, AfterYear);
        Assert.Equal("license.previousItems", Assert.Single(entry.Refusals).Field);
    }

    [Fact]
    public void Explanations_need_a_rule_and_a_real_explanation_per_line()
    {
        var report = Draft(checkNotes: "t3.balance: 系统迁移期间漏录两件\nrequests.unplaced：待查\n没有冒号的一行\n t2.validity ： 该文件为内部方案，已更正 ");
        Assert.Equal(new HashSet<string> { "t3.balance", "t2.validity" }, report.ExplainedRules);
    }
}
