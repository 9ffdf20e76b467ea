using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Core.Reports;
using Gongkai.Documents.Reports;

namespace Gongkai.Documents.Tests.Reports;

public sealed class ReportDocxTests
{
    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    private static Body BodyOf(WordprocessingDocument doc) => doc.MainDocumentPart!.Document!.Body!;

    private static List<Table> Tables(WordprocessingDocument doc) => BodyOf(doc).Elements<Table>().ToList();

    private static Table TableWith(WordprocessingDocument doc, string text) => Assert.Single(Tables(doc), t => t.InnerText.Contains(text, StringComparison.Ordinal));

    private static string[] Texts(TableRow row) => row.Elements<TableCell>().Select(c => c.InnerText).ToArray();

    private static TableRow RowLabelled(Table table, string label) =>
        Assert.Single(table.Elements<TableRow>(), r => r.Elements<TableCell>().First().InnerText == label);

    private static List<TableRow> HeaderRows(Table table) =>
        table.Elements<TableRow>().Where(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null).ToList();

    /// <summary>Each header cell as "text|span|merge": merge is R (vMerge restart), C (continue) or empty.</summary>
    private static string[] Shape(TableRow row) =>
        row.Elements<TableCell>().Select(c =>
        {
            var props = c.TableCellProperties!;
            var span = props.GridSpan?.Val?.Value ?? 1;
            var merge = props.VerticalMerge is null ? "" : props.VerticalMerge.Val?.Value == MergedCellValues.Restart ? "R" : "C";
            return $"{c.InnerText}|{span}|{merge}";
        }).ToArray();

    [Theory]
    [MemberData(nameof(ReportSamples.Formats), MemberType = typeof(ReportSamples))]
    public void Every_format_validates_with_zero_errors(ReportFormat format)
    {
        using var doc = Open(ReportDocx.Write(ReportSamples.Model(format)));
        OpenXmlAssert.Valid(doc, FileFormatVersions.Office2010);
        OpenXmlAssert.Valid(doc, FileFormatVersions.Office2019);
    }

    [Theory]
    [MemberData(nameof(ReportSamples.Formats), MemberType = typeof(ReportSamples))]
    public void Carries_title_narrative_every_table_title_and_the_row_labels_but_not_the_derived_table(ReportFormat format)
    {
        var model = ReportSamples.Model(format);
        using var doc = Open(ReportDocx.Write(model));
        var text = BodyOf(doc).InnerText;

        Assert.Contains(model.Title, text);
        Assert.Contains("全面推进基层政务公开标准化规范化工作", text);
        Assert.Contains(ReportSamples.Problems, text);
        Assert.Contains(ReportSamples.Other, text);
        Assert.All(ReportSamples.PrintedTitleParts(model.Statistics), title => Assert.Contains(title, text));
        Assert.All(ReportSamples.Labels(format), label => Assert.Contains(label, text));
        Assert.DoesNotContain("派生数据", text);
        Assert.DoesNotContain("逾期答复的申请件数", text);
    }

    [Fact]
    public void Sections_follow_the_2021_order_in_heiti_headings_under_a_xiaobiaosong_title()
    {
        using var doc = Open(ReportDocx.Write(ReportSamples.Model(ReportFormat.Format2021)));
        var paragraphs = BodyOf(doc).Elements<Paragraph>().ToList();
        string Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";

        Assert.Equal("GongwenTitle", Style(paragraphs[0]));
        Assert.Equal("松江乡人民政府2025年政府信息公开工作年度报告", paragraphs[0].InnerText);
        Assert.Equal(
            [
                "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
                "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
            ],
            paragraphs.Where(p => Style(p) == "GongwenHeading1").Select(p => p.InnerText));

        // The narrative's own "（一）…" line is a second-level heading, as in letters.
        Assert.Equal(["（一）主动公开"], paragraphs.Where(p => Style(p) == "GongwenHeading2").Select(p => p.InnerText));
        Assert.Equal("松江乡人民政府", Assert.Single(paragraphs, p => Style(p) == "GongwenSignature").InnerText);
        Assert.Equal("2026年1月20日", Assert.Single(paragraphs, p => Style(p) == "GongwenDate").InnerText);

        // The letters' page: A4 with the GB/T 9704 margins and the page-number footer.
        var section = BodyOf(doc).Elements<SectionProperties>().Single();
        Assert.Equal(11906u, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(2098, section.GetFirstChild<PageMargin>()!.Top!.Value);
        Assert.NotNull(section.GetFirstChild<FooterReference>());
    }

    [Theory]
    [InlineData(ReportFormat.Format2021)]
    [InlineData(ReportFormat.Format2019)]
    public void Table3_has_the_official_merged_header_and_the_figures_in_their_rows(ReportFormat format)
    {
        using var doc = Open(ReportDocx.Write(ReportSamples.Model(format)));
        var table = TableWith(doc, "（一）予以公开");
        var header = HeaderRows(table);

        Assert.Equal(3, header.Count);
        Assert.Equal(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）|1|R", "申请人情况|7|"], Shape(header[0]));
        Assert.Equal(["|1|C", "自然人|1|R", "法人或其他组织|5|", "总计|1|R"], Shape(header[1]));
        Assert.Equal(["|1|C", "|1|C", "商业企业|1|", "科研机构|1|", "社会公益组织|1|", "法律服务机构|1|", "其他|1|", "|1|C"], Shape(header[2]));

        Assert.Equal(["一、本年新收政府信息公开申请数量", "3", "1", "1", "0", "1", "0", "6"], Texts(RowLabelled(table, "一、本年新收政府信息公开申请数量")));
        Assert.Equal(["二、上年结转政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1"], Texts(RowLabelled(table, "二、上年结转政府信息公开申请数量")));
        Assert.Equal(["（一）予以公开", "3", "0", "0", "0", "0", "0", "3"], Texts(RowLabelled(table, "（一）予以公开")));
        Assert.Equal(["1.属于国家秘密", "0", "0", "1", "0", "0", "0", "1"], Texts(RowLabelled(table, "1.属于国家秘密")));
        Assert.Equal(["（七）总计", "3", "1", "1", "0", "1", "0", "6"], Texts(RowLabelled(table, "（七）总计")));
        Assert.Equal(["四、结转下年度继续办理", "1", "0", "0", "0", "0", "0", "1"], Texts(RowLabelled(table, "四、结转下年度继续办理")));

        // The heading row carries no figures: an empty value area.
        Assert.Equal(["三、本年度办理结果", "", "", "", "", "", "", ""], Texts(RowLabelled(table, "三、本年度办理结果")));

        // Levels are indented: （一） one 五号 character, 1. two.
        static string? Indent(TableRow row) => row.Elements<TableCell>().First().Descendants<Indentation>().SingleOrDefault()?.Left?.Value;
        Assert.Null(Indent(RowLabelled(table, "三、本年度办理结果")));
        Assert.Equal("210", Indent(RowLabelled(table, "（一）予以公开")));
        Assert.Equal("420", Indent(RowLabelled(table, "1.属于国家秘密")));
    }

    [Fact]
    public void Table4_has_three_header_levels_and_no_label_column()
    {
        using var doc = Open(ReportDocx.Write(ReportSamples.Model(ReportFormat.Format2021)));
        var table = TableWith(doc, "未经复议直接起诉");
        var header = HeaderRows(table);

        Assert.Equal(["行政复议|5|", "行政诉讼|10|"], Shape(header[0]));
        Assert.Equal(
            ["结果维持|1|R", "结果纠正|1|R", "其他结果|1|R", "尚未审结|1|R", "总计|1|R", "未经复议直接起诉|5|", "复议后起诉|5|"],
            Shape(header[1]));
        Assert.Equal(15, header[2].Elements<TableCell>().Count());
        Assert.Equal(
            ["1", "0", "0", "0", "1", "0", "0", "0", "1", "1", "0", "0", "0", "0", "0"],
            Texts(table.Elements<TableRow>().Last()));
    }

    [Theory]
    [MemberData(nameof(ReportSamples.Formats), MemberType = typeof(ReportSamples))]
    public void Every_row_of_every_table_fills_the_grid(ReportFormat format)
    {
        using var doc = Open(ReportDocx.Write(ReportSamples.Model(format)));

        Assert.NotEmpty(Tables(doc));
        Assert.All(Tables(doc), table =>
        {
            var columns = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().ToList();
            Assert.Equal(8845, columns.Sum(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.All(table.Elements<TableRow>(), row =>
                Assert.Equal(columns.Count, row.Elements<TableCell>().Sum(c => c.TableCellProperties!.GridSpan?.Val?.Value ?? 1)));
        });
    }

    [Fact]
    public void Table2_blocks_have_their_title_row_and_money_keeps_two_decimals()
    {
        using var doc = Open(ReportDocx.Write(ReportSamples.Model(ReportFormat.Format2021)));
        var fees = TableWith(doc, "行政事业性收费");
        var rows = fees.Elements<TableRow>().ToList();

        Assert.Equal("第二十条第（八）项|2|", Shape(rows[0]).Single());
        Assert.Equal(["信息内容", "本年收费金额（单位：万元）"], Texts(rows[1]));
        Assert.Equal(["行政事业性收费", "1.25"], Texts(rows[2]));
        Assert.Equal(["行政规范性文件", "2", "0", "2"], Texts(RowLabelled(TableWith(doc, "行政规范性文件"), "行政规范性文件")));
    }

    [Fact]
    public void Legacy_table_has_unit_column_and_fees_in_wanyuan_to_the_yuan()
    {
        using var doc = Open(ReportDocx.Write(ReportSamples.Model(ReportFormat.Legacy)));
        var table = TableWith(doc, "（一）收到申请数");

        Assert.Equal(["统计指标|1|", "单位|1|", "统计数|1|"], Shape(HeaderRows(table).Single()));
        Assert.Equal(["（一）收到申请数", "件", "6"], Texts(RowLabelled(table, "（一）收到申请数")));
        Assert.Equal(["3.网络申请数", "件", "4"], Texts(RowLabelled(table, "3.网络申请数")));
        Assert.Equal(["七、依申请公开信息收取的费用", "万元", "0.0355"], Texts(RowLabelled(table, "七、依申请公开信息收取的费用")));
        Assert.Equal(["一、主动公开情况", "", ""], Texts(RowLabelled(table, "一、主动公开情况")));
    }

    [Fact]
    public void Draft_without_publication_date_has_no_signature_and_a_custom_title_wins()
    {
        var model = ReportSamples.Model(ReportFormat.Format2021) with { PublishedOn = null, Title = "松江乡2025年政务公开年报（草稿）" };
        using var doc = Open(ReportDocx.Write(model));
        var paragraphs = BodyOf(doc).Elements<Paragraph>().ToList();

        Assert.Equal("松江乡2025年政务公开年报（草稿）", paragraphs[0].InnerText);
        Assert.DoesNotContain(paragraphs, p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "GongwenSignature");
        Assert.Equal("松江乡2025年政务公开年报（草稿）", doc.PackageProperties.Title);
    }
}
