using Gongkai.Core.Reports;
using Gongkai.Core.Requests;
using static Gongkai.Core.Tests.Reports.ReportFixture;

namespace Gongkai.Core.Tests.Reports;

public sealed class ReportRollupAndNarrativeTests
{
    private static decimal Total(ReportStatistics s, string row) => s["t3"][row].Cells[^1].Value;

    [Fact]
    public void A_roll_up_sums_every_cell_and_unions_the_records()
    {
        // Two townships: the fixture's requests split in two (ids stay unique, as in the database).
        var first = AllRequests.Where(r => r.Id % 2 == 0).ToList();
        var second = AllRequests.Where(r => r.Id % 2 == 1).ToList();
        var a = ReportEngine.Compute(ReportFormat.Format2021, For(2025, first));
        var b = ReportEngine.Compute(ReportFormat.Format2021, For(2025, second) with { Items = [], Remedies = [], Engagement = [] });

        var sum = ReportRollup.Sum(ReportFormat.Format2021, ReportPeriod.Year(2025), [("甲乡", a), ("乙乡", b)]);

        Assert.Equal(Total(a, ReportKeys.Received) + Total(b, ReportKeys.Received), Total(sum, ReportKeys.Received));
        Assert.Equal(Total(a, ReportKeys.CarriedOut) + Total(b, ReportKeys.CarriedOut), Total(sum, ReportKeys.CarriedOut));
        var ids = sum["t3"][ReportKeys.Received].Cells[^1].RecordIds;
        Assert.Equal(a["t3"][ReportKeys.Received].Cells[^1].RecordIds.Concat(b["t3"][ReportKeys.Received].Cells[^1].RecordIds).Order(), ids);
        // Every cell of every table is the sum of the parts.
        foreach (var table in sum.Tables)
        {
            foreach (var row in table.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    Assert.Equal(a[table.Key][row.Key][cell.Column].Value + b[table.Key][row.Key][cell.Column].Value, cell.Value);
                }
            }
        }

        // 乙乡 entered no manual figures: the summed manual cells are missing, so the roll-up says so.
        Assert.Contains(sum.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells), c => c.Source == CellSource.Missing);
    }

    [Fact]
    public void A_roll_up_names_the_agency_of_each_failed_check_and_refuses_mixed_formats()
    {
        RequestFact unplaced = new(900, ApplicantType.NaturalPerson, RequestChannel.Online, D("2025-03-01"), RequestOutcome.Disclosed, null, false, null, false, false, 0);
        var bad = ReportEngine.Compute(ReportFormat.Format2021, For(2025, [unplaced]));
        var good = ReportEngine.Compute(ReportFormat.Format2021, For(2025, []));
        var sum = ReportRollup.Sum(ReportFormat.Format2021, ReportPeriod.Year(2025), [("甲乡", good), ("乙乡", bad)]);
        Assert.NotEmpty(sum.Checks);
        Assert.All(sum.Checks, c => Assert.StartsWith("乙乡：", c.Message, StringComparison.Ordinal));

        var legacy = ReportEngine.Compute(ReportFormat.Legacy, For(2025, []));
        Assert.Throws<ArgumentException>(() => ReportRollup.Sum(ReportFormat.Format2021, ReportPeriod.Year(2025), [("甲乡", good), ("丙乡", legacy)]));
    }

    [Fact]
    public void The_overview_draft_states_the_figures_shares_and_change_on_last_year()
    {
        var now = MainFigures.Of(For(2025));
        var before = MainFigures.Of(For(2024));
        // Fixture 2025: 16 received (4…19); decided in 2025: 1, 2 (carried in) and 4…10, 12…15, 18, 19 = 15.
        Assert.Equal(16, now.RequestsReceived);
        Assert.Equal(15, now.RequestsDecided);
        Assert.Equal(2, now.RequestsOpenAtEnd); // 16 (answered next January) and 17 (still open)
        Assert.Equal(1, now.RequestsLate);

        var text = ReportNarrative.DraftOverview("松江乡人民政府", ReportPeriod.Year(2025), now, before);
        Assert.Contains("2025年1月1日至2025年12月31日，松江乡人民政府", text, StringComparison.Ordinal);
        Assert.Contains($"新收政府信息公开申请16件，比上年增加{16 - before.RequestsReceived}件", text, StringComparison.Ordinal);
        Assert.Contains("办结15件", text, StringComparison.Ordinal);
        Assert.Contains("超期答复1件", text, StringComparison.Ordinal);
        Assert.Contains("结转下年度继续办理2件", text, StringComparison.Ordinal);
        // Every numbered line carries a sentence, so the document renderers keep it as body text, not a heading.
        Assert.All(text.Split('\n').Where(l => l.StartsWith('（')), l => Assert.Contains('。', l.TrimEnd('。')));

        var quiet = ReportNarrative.DraftOverview("三爪仑乡人民政府", ReportPeriod.Year(2025), MainFigures.Of(For(2025, []) with { Remedies = [], Engagement = [] }), null);
        Assert.Contains("全年未收到政府信息公开申请。", quiet, StringComparison.Ordinal);
        Assert.Contains("全年未发生因政府信息公开引起的行政复议、行政诉讼", quiet, StringComparison.Ordinal);
        Assert.DoesNotContain("上年", quiet, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_without_a_date_is_not_counted_as_still_open()
    {
        RequestFact undated = new(901, ApplicantType.NaturalPerson, RequestChannel.Online, D("2025-03-01"), RequestOutcome.Disclosed, null, false, null, false, false, 0);
        RequestFact withdrawnLater = new(902, ApplicantType.NaturalPerson, RequestChannel.Online, D("2025-12-20"), null, null, true, D("2026-01-05"), false, false, 0);
        var figures = MainFigures.Of(For(2025, [undated, withdrawnLater]));
        Assert.Equal(1, figures.RequestsOpenAtEnd); // only the one withdrawn after the year ended
    }
}
