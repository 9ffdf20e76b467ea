using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;

namespace Gongkai.Core.Tests.Catalog;

public sealed class ReviewChainTests
{
    [Theory]
    [InlineData(ItemStatus.Draft, ItemAction.Edit, false, false, ItemStatus.Draft)]
    [InlineData(ItemStatus.Draft, ItemAction.SubmitForReview, false, false, ItemStatus.PendingReview)]
    [InlineData(ItemStatus.PendingReview, ItemAction.PassReview, false, false, ItemStatus.PendingApproval)]
    [InlineData(ItemStatus.PendingReview, ItemAction.PassReview, true, false, ItemStatus.Published)]
    [InlineData(ItemStatus.PendingReview, ItemAction.PassReview, true, true, ItemStatus.Scheduled)]
    [InlineData(ItemStatus.PendingApproval, ItemAction.Approve, false, false, ItemStatus.Published)]
    [InlineData(ItemStatus.PendingApproval, ItemAction.Approve, false, true, ItemStatus.Scheduled)]
    [InlineData(ItemStatus.PendingReview, ItemAction.Return, false, false, ItemStatus.Draft)]
    [InlineData(ItemStatus.PendingApproval, ItemAction.Return, false, false, ItemStatus.Draft)]
    [InlineData(ItemStatus.Scheduled, ItemAction.Return, false, true, ItemStatus.Draft)]
    [InlineData(ItemStatus.Scheduled, ItemAction.Publish, false, true, ItemStatus.Published)]
    [InlineData(ItemStatus.Published, ItemAction.Withdraw, false, false, ItemStatus.Withdrawn)]
    [InlineData(ItemStatus.Draft, ItemAction.Withhold, false, false, ItemStatus.Withheld)]
    [InlineData(ItemStatus.PendingReview, ItemAction.Withhold, false, false, ItemStatus.Withheld)]
    [InlineData(ItemStatus.PendingApproval, ItemAction.Withhold, false, false, ItemStatus.Withheld)]
    [InlineData(ItemStatus.Scheduled, ItemAction.Withhold, false, true, ItemStatus.Withheld)]
    public void Legal_steps_move_the_item(ItemStatus from, ItemAction action, bool skipApproval, bool scheduled, ItemStatus expected)
    {
        Assert.True(ReviewChain.TryApply(from, action, skipApproval, scheduled, out var to, out var error));
        Assert.Null(error);
        Assert.Equal(expected, to);
    }

    [Fact]
    public void Nothing_is_published_without_review_and_everything_else_is_refused_in_chinese()
    {
        var legal = new HashSet<(ItemStatus, ItemAction)>
        {
            (ItemStatus.Draft, ItemAction.Edit), (ItemStatus.Draft, ItemAction.SubmitForReview), (ItemStatus.PendingReview, ItemAction.PassReview),
            (ItemStatus.PendingApproval, ItemAction.Approve), (ItemStatus.PendingReview, ItemAction.Return), (ItemStatus.PendingApproval, ItemAction.Return),
            (ItemStatus.Scheduled, ItemAction.Return), (ItemStatus.Scheduled, ItemAction.Publish), (ItemStatus.Published, ItemAction.Withdraw),
            (ItemStatus.Draft, ItemAction.Withhold), (ItemStatus.PendingReview, ItemAction.Withhold), (ItemStatus.PendingApproval, ItemAction.Withhold),
            (ItemStatus.Scheduled, ItemAction.Withhold),
        };
        foreach (var from in Enum.GetValues<ItemStatus>())
        {
            foreach (var action in Enum.GetValues<ItemAction>())
            {
                var ok = ReviewChain.TryApply(from, action, skipApproval: true, scheduled: false, out var to, out var error);
                Assert.Equal(legal.Contains((from, action)), ok);
                if (!ok)
                {
                    Assert.Equal(from, to);
                    Assert.Contains("不能", error);
                }

                // 先审查、后发布: only a review or an approval (or a scheduled release) ever publishes.
                if (ok && to == ItemStatus.Published)
                {
                    Assert.Contains(action, new[] { ItemAction.PassReview, ItemAction.Approve, ItemAction.Publish });
                }
            }
        }
    }

    [Fact]
    public void Each_step_belongs_to_its_role_and_index_numbers_are_stable_text()
    {
        Assert.Equal(StaffRole.Editor, ReviewChain.RoleFor(ItemAction.SubmitForReview));
        Assert.Equal(StaffRole.Reviewer, ReviewChain.RoleFor(ItemAction.PassReview));
        Assert.Equal(StaffRole.Approver, ReviewChain.RoleFor(ItemAction.Approve));
        Assert.Equal(StaffRole.Approver, ReviewChain.RoleFor(ItemAction.Withdraw));
        Assert.Equal(StaffRole.Reviewer, ReviewChain.RoleFor(ItemAction.Withhold, ItemStatus.PendingReview));
        Assert.Equal(StaffRole.Reviewer, ReviewChain.RoleFor(ItemAction.Return, ItemStatus.PendingReview));
        Assert.Equal(StaffRole.Approver, ReviewChain.RoleFor(ItemAction.Withhold, ItemStatus.PendingApproval));
        Assert.Equal(StaffRole.Approver, ReviewChain.RoleFor(ItemAction.Return, ItemStatus.Scheduled));
        Assert.Equal("songjiang/2026-000042", ReviewChain.IndexNumber("songjiang", 2026, 42));
    }

    [Fact]
    public void Columns_are_stale_past_their_interval_and_when_empty()
    {
        var now = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.True(CatalogHealth.Check(1, "工作动态", 14, null, now).Empty);
        Assert.True(CatalogHealth.Check(1, "工作动态", 14, null, now).Stale);
        Assert.True(CatalogHealth.Check(1, "工作动态", 14, now.AddDays(-15), now).Stale);
        Assert.False(CatalogHealth.Check(1, "工作动态", 14, now.AddDays(-14), now).Stale);
        Assert.False(CatalogHealth.Check(1, "突发事件", null, null, now).Stale);
    }
}
