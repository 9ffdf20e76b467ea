using Gongkai.Core.Text;

namespace Gongkai.Core.Tests.Text;

public sealed class TextDiffTests
{
    [Fact]
    public void A_changed_line_shows_as_removed_then_added_between_unchanged_lines()
    {
        var diff = TextDiff.Lines("标题\n王五 11010519491231002X\n救助金额800元", "标题\n王* 1101**********002X\n救助金额800元");
        Assert.Equal(
            [new(DiffOp.Same, "标题"), new(DiffOp.Removed, "王五 11010519491231002X"), new(DiffOp.Added, "王* 1101**********002X"), new(DiffOp.Same, "救助金额800元")],
            diff);
    }

    [Fact]
    public void Identical_texts_have_no_changes_and_additions_at_the_end_are_found()
    {
        Assert.All(TextDiff.Lines("a\nb", "a\nb"), l => Assert.Equal(DiffOp.Same, l.Op));
        Assert.Equal(DiffOp.Added, TextDiff.Lines("a", "a\nb")[^1].Op);
        Assert.Equal(DiffOp.Removed, TextDiff.Lines("a\nb", "a")[^1].Op);
    }
}
