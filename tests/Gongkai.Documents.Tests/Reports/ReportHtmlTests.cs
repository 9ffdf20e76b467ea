using Gongkai.Core.Reports;
using Gongkai.Documents.Reports;

namespace Gongkai.Documents.Tests.Reports;

public sealed class ReportHtmlTests
{
    [Theory]
    [MemberData(nameof(ReportSamples.Formats), MemberType = typeof(ReportSamples))]
    public void Fragment_is_one_article_with_the_sections_tables_and_labels(ReportFormat format)
    {
        var model = ReportSamples.Model(format);
        var html = ReportHtml.Render(model, fullDocument: false);

        Assert.StartsWith("<article class=\"annual-report\"", html);
        Assert.EndsWith("</article>\n", html);
        Assert.DoesNotContain("<html", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain("style=", html);
        Assert.Contains($"<h1 class=\"annual-report__title\">{model.Title}</h1>", html);
        Assert.Contains("<h2 class=\"annual-report__heading\">一、总体情况</h2>", html);
        Assert.All(ReportSamples.PrintedTitleParts(model.Statistics), title => Assert.Contains(title, html));
        Assert.All(ReportSamples.Labels(format), label => Assert.Contains($">{label}</th>", html));
        Assert.Contains("<thead>", html);
        Assert.Contains("<th scope=\"row\"", html);
        Assert.DoesNotContain("派生数据", html);
    }

    [Fact]
    public void Table3_headers_are_real_colspans_and_rowspans_and_figures_sit_in_their_rows()
    {
        var html = ReportHtml.Render(ReportSamples.Model(ReportFormat.Format2021), fullDocument: false);

        Assert.Contains("<th scope=\"col\" class=\"annual-report__corner\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>", html);
        Assert.Contains("<th scope=\"col\" class=\"annual-report__group\" colspan=\"7\">申请人情况</th>", html);
        Assert.Contains("<th scope=\"col\" class=\"annual-report__column\" rowspan=\"2\">自然人</th>", html);
        Assert.Contains("<th scope=\"col\" class=\"annual-report__group\" colspan=\"5\">法人或其他组织</th>", html);
        Assert.Contains("<th scope=\"col\" class=\"annual-report__group\" colspan=\"10\">行政诉讼</th>", html);

        const string value = "<td class=\"annual-report__value\">";
        Assert.Contains(
            "<tr class=\"annual-report__row\" data-row=\"t3.results.disclosed\"><th scope=\"row\" class=\"annual-report__label annual-report__label--level-1\">（一）予以公开</th>"
            + string.Concat(new[] { "3", "0", "0", "0", "0", "0", "3" }.Select(v => value + v + "</td>")) + "</tr>",
            html);
        Assert.Contains(
            "<tr class=\"annual-report__row annual-report__row--heading\" data-row=\"t3.results\"><th scope=\"row\" class=\"annual-report__label annual-report__label--level-0\">三、本年度办理结果</th>"
            + string.Concat(Enumerable.Repeat("<td class=\"annual-report__value annual-report__value--empty\"></td>", 7)) + "</tr>",
            html);
        Assert.Contains("<caption class=\"annual-report__caption\">第二十条第（一）项</caption>", html);
        Assert.Contains(value + "1.25</td>", html);
    }

    [Fact]
    public void Script_in_the_narrative_or_agency_is_encoded()
    {
        var model = ReportSamples.Model(ReportFormat.Format2021, overview: "总体情况<script>alert('x')</script>\n<img src=x onerror=alert(1)>")
            with { AgencyName = "\"><script>alert(2)</script>乡" };

        foreach (var html in new[] { ReportHtml.Render(model, false), ReportHtml.Render(model, true) })
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("总体情况&lt;script&gt;", html);
        }
    }

    [Fact]
    public void Full_document_is_a_printable_A4_page_with_repeating_table_headers()
    {
        var model = ReportSamples.Model(ReportFormat.Format2021);
        var html = ReportHtml.Render(model, fullDocument: true);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.Contains($"<title>{model.Title}</title>", html);
        Assert.Contains("size: A4;", html);
        Assert.Contains("margin: 37mm 26mm 35mm 28mm;", html);
        Assert.Contains("display: table-header-group;", html);
        Assert.Contains("border-collapse: collapse;", html);
        Assert.Contains("counter(page)", html);
        Assert.Contains("<article class=\"annual-report\" data-format=\"Format2021\">", html);
        Assert.Contains(">（一）予以公开</th>", html);
        Assert.Contains("<p class=\"annual-report__signature\">松江乡人民政府</p>", html);
        Assert.Contains("<p class=\"annual-report__date\">2026年1月20日</p>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("</html>\n", html);
    }

    [Fact]
    public void Narrative_paragraphs_and_subheadings_follow_the_letter_rules()
    {
        var html = ReportHtml.Render(ReportSamples.Model(ReportFormat.Legacy), fullDocument: false);

        Assert.Contains("<h3 class=\"annual-report__subheading annual-report__subheading--2\">（一）主动公开</h3>", html);
        Assert.Contains("<p class=\"annual-report__paragraph\">全年通过门户网站主动公开政府信息3条。</p>", html);
        Assert.Contains("<h2 class=\"annual-report__heading\">三、其他需要报告的事项</h2>", html);
        Assert.Contains("<h2 class=\"annual-report__heading\">附表：政府信息公开情况统计表</h2>", html);
        Assert.Contains("<td class=\"annual-report__unit\">万元</td><td class=\"annual-report__value\">0.0355</td>", html);
    }
}
