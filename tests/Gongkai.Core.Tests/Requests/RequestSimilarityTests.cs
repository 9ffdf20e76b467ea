using Gongkai.Core.Requests;

namespace Gongkai.Core.Tests.Requests;

public sealed class RequestSimilarityTests
{
    [Fact]
    public void Reworded_and_repunctuated_copies_count_as_the_same_information()
    {
        var a = "2025年松江乡征地补偿标准及补偿款发放名单";
        Assert.True(RequestSimilarity.Score(a, "松江乡2025年征地补偿标准，及补偿款发放名单。") >= RequestSimilarity.SameInformation);
        Assert.True(RequestSimilarity.Score(a, a) == 1.0);
    }

    [Fact]
    public void Different_information_does_not_match()
    {
        Assert.True(RequestSimilarity.Score("2025年松江乡征地补偿标准", "2024年度乡财政预算执行情况报告") < RequestSimilarity.SameInformation);
        Assert.Equal(0, RequestSimilarity.Score("", "征地"));
    }
}
