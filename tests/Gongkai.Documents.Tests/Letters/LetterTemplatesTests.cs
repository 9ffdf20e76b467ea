using Gongkai.Documents.Letters;

namespace Gongkai.Documents.Tests.Letters;

public sealed class LetterTemplatesTests
{
    [Fact]
    public void Fill_replaces_known_placeholders_and_leaves_unknown_ones_visible()
    {
        var values = new Dictionary<string, string> { ["申请人"] = "张三", ["查询码"] = "GK-1" };

        var text = LetterTemplates.Fill("{申请人}，查询码{查询码}，{未知}，{申请人}。", values);

        Assert.Equal("张三，查询码GK-1，{未知}，张三。", text);
    }

    [Fact]
    public void Fill_treats_values_as_plain_text()
    {
        var values = new Dictionary<string, string> { ["申请人"] = "{查询码}<b>", ["查询码"] = "GK-1" };

        Assert.Equal("{查询码}<b>", LetterTemplates.Fill("{申请人}", values));
    }

    [Theory]
    [InlineData("{", "{")]
    [InlineData("}{", "}{")]
    [InlineData("{{申请人}}", "{张三}")]
    [InlineData("无占位符", "无占位符")]
    [InlineData("{申请人", "{申请人")]
    [InlineData("{}", "{}")]
    public void Fill_copes_with_stray_braces(string template, string expected)
    {
        var values = new Dictionary<string, string> { ["申请人"] = "张三" };

        Assert.Equal(expected, LetterTemplates.Fill(template, values));
    }

    [Theory]
    [MemberData(nameof(LetterSamples.Kinds), MemberType = typeof(LetterSamples))]
    public void Default_body_uses_only_documented_placeholders(LetterKind kind)
    {
        var all = LetterTemplates.Placeholders.ToDictionary(p => p, p => "值");

        var filled = LetterTemplates.Fill(LetterTemplates.DefaultBody(kind), all);

        Assert.DoesNotContain("{", filled);
        Assert.DoesNotContain("}", filled);
        Assert.Contains(LetterTemplates.LegalBasis, LetterTemplates.DefaultBody(kind));
    }

    [Fact]
    public void Default_titles_are_distinct_letters()
    {
        var titles = Enum.GetValues<LetterKind>().Select(LetterTemplates.DefaultTitle).ToList();

        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.All(titles, t => Assert.StartsWith("政府信息公开申请", t));
        Assert.Equal("政府信息公开申请答复书", LetterTemplates.DefaultTitle(LetterKind.Answer));
        Assert.Equal("政府信息公开申请补正告知书", LetterTemplates.DefaultTitle(LetterKind.CorrectionNotice));
    }

    [Fact]
    public void Undefined_kind_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LetterTemplates.DefaultTitle((LetterKind)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => LetterTemplates.DefaultBody((LetterKind)99));
    }

    [Fact]
    public void Default_remedy_names_both_routes_and_their_time_limits()
    {
        var remedy = LetterTemplates.DefaultRemedy("上海市松江区人民政府", "上海市松江区人民法院");

        Assert.Contains("60日内", remedy);
        Assert.Contains("《中华人民共和国行政复议法》", remedy);
        Assert.Contains("向上海市松江区人民政府申请行政复议", remedy);
        Assert.Contains("6个月内", remedy);
        Assert.Contains("《中华人民共和国行政诉讼法》", remedy);
        Assert.Contains("向上海市松江区人民法院提起行政诉讼", remedy);
        Assert.EndsWith("。", remedy);
        Assert.Throws<ArgumentException>(() => LetterTemplates.DefaultRemedy(" ", "上海市松江区人民法院"));
    }
}
