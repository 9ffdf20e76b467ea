using Gongkai.Core.Requests;

namespace Gongkai.Core.Tests.Requests;

public sealed class InformationFeesTests
{
    // 国办函〔2020〕109号 按件计收, worked out from the tiers by hand.
    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 100)]
    [InlineData(31, 200)]
    [InlineData(40, 200)]
    [InlineData(41, 300)]
    [InlineData(50, 300)]
    [InlineData(51, 400)]
    public void Per_request_fee_follows_the_monthly_tiers(int nth, int expected) =>
        Assert.Equal(expected, InformationFees.PerRequest(nth));

    // 按量计收 bands are marginal: 150 pages = 70×10 + 50×20 = 1,700 元; 250 pages = 700 + 2,000 + 50×40 = 4,700 元.
    [Theory]
    [InlineData(0, 0)]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(101, 720)]
    [InlineData(150, 1700)]
    [InlineData(200, 2700)]
    [InlineData(201, 2740)]
    [InlineData(250, 4700)]
    public void Per_page_fee_charges_each_band_on_its_own_pages(int pages, int expected) =>
        Assert.Equal(expected, InformationFees.PerPage(pages));

    [Fact]
    public void Nonsense_counts_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => InformationFees.PerRequest(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => InformationFees.PerPage(-1));
    }
}
