using Gongkai.Core.Privacy;

namespace Gongkai.Core.Tests.Privacy;

public sealed class ChineseIdNumberTests
{
    // 11010519491231002X is the example number printed in GB 11643-1999 itself (check character X).
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    public void Valid_numbers_pass(string id) => Assert.True(ChineseIdNumber.IsValid(id));

    [Theory]
    [InlineData("110105194912310021")] // wrong check character
    [InlineData("11010519491331002X")] // month 13
    [InlineData("1101051949123100")]   // too short
    [InlineData("11010519491231002Y")]
    [InlineData("A1010519491231002X")]
    public void Invalid_numbers_fail(string id) => Assert.False(ChineseIdNumber.IsValid(id));

    [Fact]
    public void Masking_keeps_the_first_and_last_four() =>
        Assert.Equal("1101**********002X", ChineseIdNumber.Mask("11010519491231002X"));
}
