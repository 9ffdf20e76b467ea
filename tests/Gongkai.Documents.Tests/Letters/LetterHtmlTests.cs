using Gongkai.Documents.Letters;

namespace Gongkai.Documents.Tests.Letters;

public sealed class LetterHtmlTests
{
    [Theory]
    [MemberData(nameof(LetterSamples.Kinds), MemberType = typeof(LetterSamples))]
    public void Is_a_complete_zh_CN_document_with_the_title(LetterKind kind)
    {
        var html = LetterHtml.Render(LetterSamples.Model(kind));

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.Contains($"<title>{LetterTemplates.DefaultTitle(kind)}</title>", html);
        Assert.Contains($"<h1>{LetterTemplates.DefaultTitle(kind)}</h1>", html);
        Assert.EndsWith("</html>\n", html);
    }

    [Fact]
    public void Script_in_applicant_name_or_body_is_encoded()
    {
        var model = LetterSamples.Model(
            LetterKind.Answer,
            body: "正文<script>alert('x')</script>\n第二段 <img src=x onerror=alert(1)>",
            applicant: "<script>alert(1)</script>张三");

        var html = LetterHtml.Render(model with { AgencyName = "\"><script>alert(2)</script>" });

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Chinese_stays_readable_in_the_source()
    {
        var html = LetterHtml.Render(LetterSamples.Model(LetterKind.Answer));

        Assert.Contains("<p class=\"salutation\">张三：</p>", html);
        Assert.Contains(LetterSamples.Subject, html);
        Assert.Contains(LetterSamples.Remedy, html);
        Assert.Contains(">" + LetterSamples.Agency + "</p>", html);
        Assert.Contains(">2026年3月25日</p>", html);
        Assert.Contains("附件：1. " + LetterSamples.Attachment1, html);
    }

    [Fact]
    public void Prints_on_A4_with_the_GBT9704_margins()
    {
        var html = LetterHtml.Render(LetterSamples.Model(LetterKind.Answer));

        Assert.Contains("size: A4;", html);
        Assert.Contains("margin: 37mm 26mm 35mm 28mm;", html); // top right bottom left
        Assert.Contains("@media print", html);
        Assert.Contains("font-size: 16pt;", html);
        Assert.Contains("line-height: 28pt;", html);
        Assert.Contains("counter(page)", html);
    }
}
