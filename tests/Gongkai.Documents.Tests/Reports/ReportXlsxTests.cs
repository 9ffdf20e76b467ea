using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Core.Reports;
using Gongkai.Documents.Reports;

namespace Gongkai.Documents.Tests.Reports;

public sealed class ReportXlsxTests
{
    private static byte[] Write(ReportFormat format) =>
        ReportXlsx.Write(ReportSamples.Statistics(format), ReportSamples.Agency, ReportSamples.YearOf(format));

    private static SpreadsheetDocument Open(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    private static List<Sheet> Sheets(SpreadsheetDocument doc) => doc.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().ToList();

    private static Worksheet Worksheet(SpreadsheetDocument doc, string name)
    {
        var sheet = Assert.Single(Sheets(doc), s => s.Name == name);
        return ((WorksheetPart)doc.WorkbookPart!.GetPartById(sheet.Id!)).Worksheet!;
    }

    private static Cell CellAt(Worksheet sheet, string reference) =>
        Assert.Single(sheet.Descendants<Cell>(), c => c.CellReference == reference);

    private static string Text(SpreadsheetDocument doc, Cell cell)
    {
        Assert.Equal(CellValues.SharedString, cell.DataType?.Value);
        var index = int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
        return doc.WorkbookPart!.SharedStringTablePart!.SharedStringTable!.Elements<SharedStringItem>().ElementAt(index).InnerText;
    }

    /// <summary>A numeric cell: no data type (or n) and a number as its value.</summary>
    private static decimal Number(Cell cell)
    {
        Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{cell.CellReference} is not numeric");
        return decimal.Parse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static List<string> Merges(Worksheet sheet) =>
        sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();

    [Theory]
    [MemberData(nameof(ReportSamples.Formats), MemberType = typeof(ReportSamples))]
    public void Every_format_validates_with_zero_errors(ReportFormat format)
    {
        var bytes = Write(format);
        OpenXmlAssert.Valid(bytes, FileFormatVersions.Office2010);
        OpenXmlAssert.Valid(bytes, FileFormatVersions.Office2019);
    }

    [Theory]
    [MemberData(nameof(ReportSamples.Formats), MemberType = typeof(ReportSamples))]
    public void One_sheet_per_official_table_then_the_notes_with_names_Excel_accepts(ReportFormat format)
    {
        var stats = ReportSamples.Statistics(format);
        using var doc = Open(Write(format));
        var names = Sheets(doc).Select(s => s.Name!.Value!).ToList();

        var official = stats.Tables.Where(t => t.Key != ReportKeys.Derived).ToList();
        Assert.Equal(official.Count + 1, names.Count);
        Assert.Equal(ReportXlsx.NotesSheetName, names[^1]);
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n =>
        {
            Assert.InRange(n.Length, 1, 31);
            Assert.True(n.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) < 0, n);
        });

        // Each table sheet starts with its table's title.
        for (var i = 0; i < official.Count; i++)
        {
            Assert.Equal(official[i].Title, Text(doc, CellAt(Worksheet(doc, names[i]), "A1")));
        }
    }

    [Fact]
    public void Table3_figures_are_numeric_cells_under_merged_headers_with_the_row_key_hidden_last()
    {
        using var doc = Open(Write(ReportFormat.Format2021));
        var sheet = Worksheet(doc, "三、收到和处理政府信息公开申请情况");

        // Rows: 1 title, 2 agency and year, 3–5 header, 6 本年新收, 7 上年结转, 8 三、本年度办理结果, 9 （一）予以公开.
        Assert.Equal("松江乡人民政府　2025年度", Text(doc, CellAt(sheet, "A2")));
        Assert.Equal("（一）予以公开", Text(doc, CellAt(sheet, "A9")));
        Assert.Equal(3m, Number(CellAt(sheet, "B9")));   // 自然人
        Assert.Equal(3m, Number(CellAt(sheet, "H9")));   // 总计
        Assert.Equal(6m, Number(CellAt(sheet, "H6")));   // 本年新收 总计
        Assert.Equal(1m, Number(CellAt(sheet, "C6")));   // 本年新收 商业企业
        Assert.Null(CellAt(sheet, "B8").CellValue);      // heading row: no figures

        Assert.Equal("t3.results.disclosed", Text(doc, CellAt(sheet, "I9")));
        Assert.Equal(ReportXlsx.KeyColumnHeader, Text(doc, CellAt(sheet, "I3")));
        var keyColumn = Assert.Single(sheet.Descendants<Column>(), c => c.Min!.Value == 9);
        Assert.True(keyColumn.Hidden?.Value);

        Assert.Equal("申请人情况", Text(doc, CellAt(sheet, "B3")));
        Assert.Equal("法人或其他组织", Text(doc, CellAt(sheet, "C4")));
        Assert.Equal("商业企业", Text(doc, CellAt(sheet, "C5")));
        var merges = Merges(sheet);
        Assert.Contains("A1:H1", merges);  // title
        Assert.Contains("A3:A5", merges);  // corner over the labels
        Assert.Contains("B3:H3", merges);  // 申请人情况
        Assert.Contains("B4:B5", merges);  // 自然人
        Assert.Contains("C4:G4", merges);  // 法人或其他组织
        Assert.Contains("H4:H5", merges);  // 总计

        // Levels are indented by the cell format's indent, not by spaces.
        var styles = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();
        uint Indent(string reference) => styles[(int)CellAt(sheet, reference).StyleIndex!.Value].Alignment?.Indent?.Value ?? 0;
        Assert.Equal(0u, Indent("A8"));
        Assert.Equal(1u, Indent("A9"));
        Assert.Equal(2u, Indent("A12")); // 1.属于国家秘密
        Assert.Equal("1.属于国家秘密", Text(doc, CellAt(sheet, "A12")));
    }

    [Fact]
    public void Table4_merges_three_header_levels()
    {
        using var doc = Open(Write(ReportFormat.Format2021));
        var sheet = Worksheet(doc, "四、政府信息公开行政复议、行政诉讼情况");
        var merges = Merges(sheet);

        Assert.Contains("A3:E3", merges);  // 行政复议
        Assert.Contains("F3:O3", merges);  // 行政诉讼
        Assert.Contains("A4:A5", merges);  // 行政复议／结果维持
        Assert.Contains("F4:J4", merges);  // 未经复议直接起诉
        Assert.Contains("K4:O4", merges);  // 复议后起诉
        Assert.Equal(1m, Number(CellAt(sheet, "A6")));
        Assert.Equal(1m, Number(CellAt(sheet, "I6"))); // 直接起诉 尚未审结
    }

    [Fact]
    public void Money_and_legacy_units_are_numbers()
    {
        using (var doc = Open(Write(ReportFormat.Format2021)))
        {
            var fees = Worksheet(doc, "二、主动公开政府信息情况：第二十条第（八）项");
            Assert.Equal("行政事业性收费", Text(doc, CellAt(fees, "A4")));
            Assert.Equal(1.25m, Number(CellAt(fees, "B4")));
        }

        using (var doc = Open(Write(ReportFormat.Legacy)))
        {
            var sheet = Worksheet(doc, "政府信息公开情况统计表");
            var row = Assert.Single(sheet.Descendants<Row>(), r => r.Elements<Cell>().Any(c => c.DataType?.Value == CellValues.SharedString && Text(doc, c) == "legacy.fees"));
            var cells = row.Elements<Cell>().ToList();
            Assert.Equal("七、依申请公开信息收取的费用", Text(doc, cells[0]));
            Assert.Equal("万元", Text(doc, cells[1]));
            Assert.Equal(0.0355m, Number(cells[2]));
        }
    }

    [Fact]
    public void Notes_sheet_names_agency_year_format_and_missing_figures()
    {
        using var doc = Open(Write(ReportFormat.Format2021));
        var notes = Worksheet(doc, ReportXlsx.NotesSheetName);
        var text = string.Join("\n", notes.Descendants<Cell>().Where(c => c.DataType?.Value == CellValues.SharedString).Select(c => Text(doc, c)));

        Assert.Contains(ReportSamples.Agency, text);
        Assert.Contains("国办公开办函〔2021〕30号", text);
        Assert.Contains("2025年1月1日至2025年12月31日", text);
        Assert.Contains("三、收到和处理政府信息公开申请情况", text);
        Assert.Contains(notes.Descendants<Cell>(), c => c.DataType is null && c.CellValue?.Text == "2025");
        Assert.Contains("全部通过", text);
    }

    [Fact]
    public void Notes_sheet_names_the_manual_figures_nobody_entered()
    {
        using var doc = Open(Write(ReportFormat.Format2019));
        var notes = Worksheet(doc, ReportXlsx.NotesSheetName);
        var text = string.Join("\n", notes.Descendants<Cell>().Where(c => c.DataType?.Value == CellValues.SharedString).Select(c => Text(doc, c)));

        // The sample enters 行政许可's figures but none for 其他对外管理服务事项.
        Assert.Contains("二、主动公开政府信息情况：第二十条第（五）项：其他对外管理服务事项（上一年项目数量）", text);
        Assert.DoesNotContain("：行政许可（上一年项目数量）", text);
    }
}
