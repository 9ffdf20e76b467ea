using Gongkai.Core.Requests;
using static Gongkai.Core.Tests.Reports.ReportFixture;

namespace Gongkai.Core.Tests.Requests;

/// <summary>行政复议, 行政诉讼 and 举报投诉 cases as table 四 counts them: dates that can be true and results with their decision date.</summary>
public sealed class RemedyCaseTests
{
    private static readonly DateOnly Today = D("2026-03-10");

    private static RemedyFiling Filing(DateOnly? filedOn, RemedyResult? result = null, DateOnly? decidedOn = null, RemedyKind? kind = RemedyKind.Reconsideration) =>
        new(kind, " 示县复决字〔2026〕3号 ", "示范县人民政府", filedOn, result, decidedOn, " ");

    private static RemedyCase Pending()
    {
        var c = RemedyCase.Register(3, Filing(D("2026-01-05")), new RemedyRequestLink(41, D("2025-12-01")), Today).Case!;
        c.Id = 9;
        return c;
    }

    private static object Snapshot(RemedyCase c) => (c.CaseNumber, c.Body, c.Result, c.DecidedOn, c.Summary, c.FiledOn, c.Kind, c.RequestId);

    [Fact]
    public void A_case_is_registered_pending_linked_to_its_request_with_blank_texts_dropped()
    {
        var c = Pending();
        Assert.Equal((3, 41, RemedyResult.Pending, (DateOnly?)null), (c.AgencyId, c.RequestId, c.Result, c.DecidedOn));
        Assert.Equal("示县复决字〔2026〕3号", c.CaseNumber);
        Assert.Null(c.Summary);
    }

    [Theory]
    [InlineData(null, null, "请填写申请复议、起诉或投诉的日期。")]
    [InlineData("2026-03-11", "2025-12-01", "申请复议、起诉或投诉的日期不能晚于今天。")]
    [InlineData("2008-04-30", null, "申请复议、起诉或投诉的日期不能早于2008年5月1日（政府信息公开条例施行之日）。")]
    [InlineData("2025-11-30", "2025-12-01", "申请复议、起诉或投诉的日期不能早于所涉申请的收到日期（2025年12月1日）。")]
    public void The_filing_date_must_lie_between_the_request_and_today(string? filed, string? requestReceived, string message)
    {
        var link = requestReceived is null ? null : new RemedyRequestLink(41, D(requestReceived));
        var r = RemedyCase.Register(3, Filing(filed is null ? null : D(filed)), link, Today);
        Assert.Null(r.Case);
        Assert.Equal(new Refusal("FiledOn", message), Assert.Single(r.Refusals));
    }

    [Fact]
    public void A_kind_is_required()
    {
        var r = RemedyCase.Register(3, Filing(D("2026-01-05"), kind: null), null, Today);
        Assert.Equal("Kind", Assert.Single(r.Refusals).Field);
        Assert.Equal("Kind", Assert.Single(RemedyCase.Register(3, Filing(D("2026-01-05"), kind: (RemedyKind)99), null, Today).Refusals).Field);
    }

    [Fact]
    public void A_decided_result_needs_its_date_and_a_pending_one_none()
    {
        Assert.Equal("结果为“结果维持”时请填写审结日期（复议决定、判决或处理结果作出之日）。",
            Assert.Single(RemedyCase.Register(3, Filing(D("2026-01-05"), RemedyResult.Maintained), null, Today).Refusals).Message);
        Assert.Equal("尚未审结的案件不应填写审结日期；已审结的请选择结果。",
            Assert.Single(RemedyCase.Register(3, Filing(D("2026-01-05"), RemedyResult.Pending, D("2026-02-01")), null, Today).Refusals).Message);
        var decided = RemedyCase.Register(3, Filing(D("2026-01-05"), RemedyResult.Corrected, D("2026-02-01")), null, Today).Case!;
        Assert.Equal(D("2026-02-01"), decided.DecidedOn);
    }

    [Fact]
    public void Recording_a_result_refuses_dates_before_filing_or_after_today_and_leaves_the_case_unchanged()
    {
        var c = Pending();
        var before = Snapshot(c);

        Assert.Equal("审结日期不能早于申请复议、起诉或投诉的日期（2026年1月5日）。",
            Assert.Single(c.Revise(new RemedyRevision("新案号", null, RemedyResult.Corrected, D("2026-01-04"), null), Today)).Message);
        Assert.Equal("审结日期不能晚于今天。", Assert.Single(c.Revise(new RemedyRevision("新案号", null, RemedyResult.Other, D("2026-03-11"), null), Today)).Message);
        Assert.Equal("Result", Assert.Single(c.Revise(new RemedyRevision("新案号", null, null, null, null), Today)).Field);
        Assert.Equal("Summary", Assert.Single(c.Revise(new RemedyRevision(null, null, RemedyResult.Pending, null, new string('案', RemedyCase.MaxSummaryLength + 1)), Today)).Field);
        Assert.Equal(before, Snapshot(c));

        Assert.Empty(c.Revise(new RemedyRevision(" 新案号 ", null, RemedyResult.Corrected, D("2026-01-05"), "责令重新答复。"), Today));
        Assert.Equal(("新案号", (string?)null, RemedyResult.Corrected, (DateOnly?)D("2026-01-05")), (c.CaseNumber, c.Body, c.Result, c.DecidedOn));
        Assert.Equal((D("2026-01-05"), RemedyKind.Reconsideration, (int?)41), (c.FiledOn, c.Kind, c.RequestId));
    }
}
