using Gongkai.Core.Requests;

namespace Gongkai.Core.Tests.Requests;

public sealed class RequestLifecycleTests
{
    [Theory]
    [InlineData(RequestStatus.Received, RequestAction.Accept, RequestStatus.InProgress)]
    [InlineData(RequestStatus.Received, RequestAction.RequestCorrection, RequestStatus.AwaitingCorrection)]
    [InlineData(RequestStatus.InProgress, RequestAction.RequestCorrection, RequestStatus.AwaitingCorrection)]
    [InlineData(RequestStatus.AwaitingCorrection, RequestAction.ReceiveCorrection, RequestStatus.InProgress)]
    [InlineData(RequestStatus.AwaitingCorrection, RequestAction.CorrectionExpired, RequestStatus.Closed)]
    [InlineData(RequestStatus.InProgress, RequestAction.StartConsultation, RequestStatus.Consulting)]
    [InlineData(RequestStatus.Consulting, RequestAction.EndConsultation, RequestStatus.InProgress)]
    [InlineData(RequestStatus.InProgress, RequestAction.Extend, RequestStatus.InProgress)]
    [InlineData(RequestStatus.Consulting, RequestAction.Extend, RequestStatus.Consulting)]
    [InlineData(RequestStatus.InProgress, RequestAction.IssueFeeNotice, RequestStatus.AwaitingFee)]
    [InlineData(RequestStatus.AwaitingFee, RequestAction.FeePaid, RequestStatus.InProgress)]
    [InlineData(RequestStatus.AwaitingFee, RequestAction.FeeExpired, RequestStatus.Closed)]
    [InlineData(RequestStatus.Received, RequestAction.Answer, RequestStatus.Answered)]
    [InlineData(RequestStatus.InProgress, RequestAction.Answer, RequestStatus.Answered)]
    [InlineData(RequestStatus.Answered, RequestAction.Deliver, RequestStatus.Delivered)]
    [InlineData(RequestStatus.Delivered, RequestAction.Close, RequestStatus.Closed)]
    [InlineData(RequestStatus.Received, RequestAction.Withdraw, RequestStatus.Withdrawn)]
    [InlineData(RequestStatus.AwaitingFee, RequestAction.Withdraw, RequestStatus.Withdrawn)]
    public void Legal_transitions_move_to_the_expected_status(RequestStatus from, RequestAction action, RequestStatus expected)
    {
        Assert.True(RequestLifecycle.TryApply(from, action, out var to, out var error), error);
        Assert.Equal(expected, to);
    }

    [Fact]
    public void Every_other_transition_is_rejected_with_a_chinese_reason()
    {
        var legal = 0;
        foreach (var from in Enum.GetValues<RequestStatus>())
        {
            foreach (var action in Enum.GetValues<RequestAction>())
            {
                if (RequestLifecycle.TryApply(from, action, out var to, out var error))
                {
                    legal++;
                    continue;
                }

                Assert.Equal(from, to);
                Assert.Contains("不能", error);
            }
        }

        // 16 moves in the table plus withdrawal and voiding from the 5 open statuses.
        Assert.Equal(26, legal);
    }

    [Theory]
    [InlineData(RequestStatus.Answered, RequestAction.Answer)]
    [InlineData(RequestStatus.Closed, RequestAction.Accept)]
    [InlineData(RequestStatus.Delivered, RequestAction.Withdraw)]
    [InlineData(RequestStatus.AwaitingFee, RequestAction.Answer)]
    [InlineData(RequestStatus.Consulting, RequestAction.Answer)]
    [InlineData(RequestStatus.AwaitingCorrection, RequestAction.Extend)]
    [InlineData(RequestStatus.Withdrawn, RequestAction.Accept)]
    public void Illegal_transitions_are_named(RequestStatus from, RequestAction action)
    {
        Assert.False(RequestLifecycle.TryApply(from, action, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Outcome_groups_match_the_2021_report_rows()
    {
        Assert.Equal(21, RequestOutcomes.All.Count);
        Assert.Equal(8, RequestOutcomes.All.Count(o => o.Group() == 3));
        Assert.Equal(3, RequestOutcomes.All.Count(o => o.Group() == 4));
        Assert.Equal(5, RequestOutcomes.All.Count(o => o.Group() == 5));
        Assert.Equal(3, RequestOutcomes.All.Count(o => o.Group() == 6));
        Assert.All(RequestOutcomes.All, o => Assert.NotEqual(o.ToString(), o.Label()));
    }
}
