using Gongkai.Core.Catalog;

namespace Gongkai.Core.Tests.Catalog;

/// <summary>回应解读 and 建议提案 records as the annual report counts them: a kind, a title, a date that can be true.</summary>
public sealed class EngagementRecordTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public void A_record_is_kept_with_its_texts_trimmed_and_a_blank_link_dropped()
    {
        var r = EngagementRecord.Record(3, new EngagementEntry(EngagementKind.ProposalReply, new DateOnly(2017, 6, 2), " 关于县人大代表第3号建议的答复 ", " ", false), "songjiang.editor", Today);
        Assert.Empty(r.Refusals);
        var e = r.Record!;
        Assert.Equal((3, EngagementKind.ProposalReply, new DateOnly(2017, 6, 2), "关于县人大代表第3号建议的答复", (string?)null, "songjiang.editor"),
            (e.AgencyId, e.Kind, e.On, e.Title, e.Link, e.RecordedBy));
    }

    [Theory]
    [InlineData(null, "On")]
    [InlineData("2026-03-11", "On")]
    [InlineData("2007-12-31", "On")]
    [InlineData("2026-03-10", null)]
    [InlineData("2008-01-01", null)]
    public void The_date_lies_between_2008_and_today(string? on, string? refusedField)
    {
        var r = EngagementRecord.Record(3, new EngagementEntry(EngagementKind.HotTopicResponse, on is null ? null : DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), "回应", null, false), "editor", Today);
        Assert.Equal(refusedField, r.Refusals.SingleOrDefault()?.Field);
        Assert.Equal(refusedField is null, r.Record is not null);
    }

    [Fact]
    public void Kind_title_and_the_principal_attending_only_a_press_conference_are_checked()
    {
        var r = EngagementRecord.Record(3, new EngagementEntry((EngagementKind)99, Today, " ", new string('x', 501), true), "editor", Today);
        Assert.Null(r.Record);
        Assert.Equal(["Title", "Link", "Kind", "PrincipalAttended"], r.Refusals.Select(x => x.Field));
        Assert.Equal("请填写标题或事由。", r.Refusals[0].Message);
        Assert.Empty(EngagementRecord.Record(3, new EngagementEntry(EngagementKind.PressConference, Today, "新闻发布会", null, true), "editor", Today).Refusals);
    }
}
