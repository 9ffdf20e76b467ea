using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Documents.Letters;

namespace Gongkai.Documents.Reports;

/// <summary>
/// Writes the statistics of a 政府信息公开工作年度报告 as an Excel workbook: one worksheet per official table (the
/// internal <c>derived</c> table is left out) and a last sheet 说明 with the agency, year, period, format and checks.
/// </summary>
/// <remarks>
/// Each table sheet has the table title on row 1, agency and year on row 2, then the header rows with the official
/// merged cells (repeated on every printed page and frozen on screen), then one row per table row: the label (indented
/// by level with the cell's indent, not with spaces), the 单位 for the legacy table, and every figure as a numeric cell.
/// The last column, headed 行键 and hidden, holds each row's stable key (<c>t3.results.disclosed</c>…) so a
/// re-imported or hand-edited copy can be matched to the rows without relying on labels, which may be corrected.
/// </remarks>
public static class ReportXlsx
{
    /// <summary>The name of the sheet that describes the workbook.</summary>
    public const string NotesSheetName = "说明";

    /// <summary>The header of the hidden last column holding the row keys.</summary>
    public const string KeyColumnHeader = "行键";

    private const int FirstHeaderRow = 3; // 1-based: title, agency and year, then the header

    // Cell formats, in the order of the stylesheet's cellXfs.
    private const uint StyleTitle = 1;
    private const uint StyleSubtitle = 2;
    private const uint StyleHeader = 3;
    private const uint StyleLabel = 4; // + level 0…3
    private const uint StyleNumber = 8;
    private const uint StyleText = 9;
    private const uint StyleNoteKey = 10;
    private const uint StyleNoteValue = 11;

    /// <summary>Returns the workbook for <paramref name="stats"/> of <paramref name="agencyName"/>'s report for <paramref name="year"/>.</summary>
    public static byte[] Write(ReportStatistics stats, string agencyName, int year)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var agency = LetterLayout.Clean(agencyName).Trim();

        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var strings = new SharedStrings(workbookPart.AddNewPart<SharedStringTablePart>());
            var sheets = new Sheets();
            var names = new DefinedNames();
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { NotesSheetName };

            var tables = ReportLayout.OfficialTables(stats).Select(ReportLayout.Table).ToList();
            var sheetNames = new List<string>();
            foreach (var shape in tables)
            {
                var name = SheetName(shape.Table.Title, used);
                sheetNames.Add(name);
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = TableSheet(shape, agency, year, strings, sheetNames.Count == 1);
                sheets.Append(new Sheet { Name = name, SheetId = (uint)sheets.ChildElements.Count + 1, Id = workbookPart.GetIdOfPart(part) });

                // Print titles: the header rows repeat on every page (Excel's "顶端标题行").
                var last = FirstHeaderRow + shape.HeaderRows - 1;
                names.Append(new DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!${FirstHeaderRow}:${last}")
                {
                    Name = "_xlnm.Print_Titles",
                    LocalSheetId = (uint)sheets.ChildElements.Count - 1,
                });
            }

            var notes = workbookPart.AddNewPart<WorksheetPart>();
            notes.Worksheet = NotesSheet(stats, agency, year, tables, sheetNames, strings, tables.Count == 0);
            sheets.Append(new Sheet { Name = NotesSheetName, SheetId = (uint)sheets.ChildElements.Count + 1, Id = workbookPart.GetIdOfPart(notes) });

            var workbook = new Workbook(new BookViews(new WorkbookView()), sheets);
            if (names.HasChildren)
            {
                workbook.Append(names);
            }

            workbookPart.Workbook = workbook;
            strings.Save();
        }

        return buffer.ToArray();
    }

    private static Worksheet TableSheet(TableShape shape, string agency, int year, SharedStrings strings, bool selected)
    {
        var table = shape.Table;
        var columns = shape.ColumnCount;           // visible columns
        var keyColumn = columns;                    // 0-based index of the hidden 行键 column
        var widths = ColumnWidths(shape);
        var data = new SheetData();
        var merges = new MergeCells();

        void Merge(int row, int column, int rowSpan, int columnSpan) =>
            merges.Append(new MergeCell { Reference = $"{Reference(row, column)}:{Reference(row + rowSpan - 1, column + columnSpan - 1)}" });

        // Title and subtitle across the visible columns.
        data.Append(new Row(strings.Cell(1, 0, LetterLayout.Clean(table.Title), StyleTitle)) { RowIndex = 1, Height = 24, CustomHeight = true });
        data.Append(new Row(strings.Cell(2, 0, string.Create(CultureInfo.InvariantCulture, $"{agency}　{year}年度"), StyleSubtitle)) { RowIndex = 2 });
        if (columns > 1)
        {
            Merge(1, 0, 1, columns);
            Merge(2, 0, 1, columns);
        }

        // Header: the text in each merged range's first cell, bordered blanks in the rest so the borders print.
        for (var r = 0; r < shape.HeaderRows; r++)
        {
            var rowIndex = (uint)(FirstHeaderRow + r);
            var row = new Row { RowIndex = rowIndex };
            var lines = 1;
            for (var c = 0; c < columns; c++)
            {
                var cell = shape.At(r, c);
                if (cell.Row == r && cell.Column == c)
                {
                    row.Append(strings.Cell(rowIndex, c, cell.Text, StyleHeader));
                    var width = widths.Skip(c).Take(cell.ColumnSpan).Sum();
                    lines = Math.Max(lines, (int)Math.Ceiling(Lines(cell.Text, width) / (double)cell.RowSpan));
                    if (cell.RowSpan > 1 || cell.ColumnSpan > 1)
                    {
                        Merge((int)rowIndex, c, cell.RowSpan, cell.ColumnSpan);
                    }
                }
                else
                {
                    row.Append(new Cell { CellReference = Reference(rowIndex, c), StyleIndex = StyleHeader });
                }
            }

            if (r == 0)
            {
                row.Append(strings.Cell(rowIndex, keyColumn, KeyColumnHeader, StyleText));
            }

            SetHeight(row, lines);
            data.Append(row);
        }

        var next = (uint)(FirstHeaderRow + shape.HeaderRows);
        foreach (var source in table.Rows)
        {
            var row = new Row { RowIndex = next };
            var c = 0;
            var lines = 1;
            if (shape.LabelColumns > 0)
            {
                var level = Math.Clamp(source.Level, 0, 3);
                var label = LetterLayout.Clean(source.Label);
                row.Append(strings.Cell(next, c, label, StyleLabel + (uint)level));
                lines = Lines(label, widths[c] - level * 2);
                c++;
            }

            if (shape.HasUnitColumn)
            {
                row.Append(strings.Cell(next, c++, LetterLayout.Clean(source.Unit), StyleText));
            }

            for (var i = 0; i < table.Columns.Count; i++, c++)
            {
                // A heading row (三、本年度办理结果) carries no figures: bordered empty cells.
                row.Append(i < source.Cells.Count
                    ? new Cell { CellReference = Reference(next, c), StyleIndex = StyleNumber, CellValue = new CellValue(source.Cells[i].Value) }
                    : new Cell { CellReference = Reference(next, c), StyleIndex = StyleNumber });
            }

            row.Append(strings.Cell(next, keyColumn, source.Key, StyleText));
            SetHeight(row, lines);
            data.Append(row);
            next++;
        }

        var cols = new Columns();
        for (var i = 0; i < widths.Length; i++)
        {
            cols.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = widths[i], CustomWidth = true });
        }

        cols.Append(new Column { Min = (uint)keyColumn + 1, Max = (uint)keyColumn + 1, Width = 36, CustomWidth = true, Hidden = true });

        var frozen = FirstHeaderRow + shape.HeaderRows - 1;
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(
                new Pane
                {
                    VerticalSplit = frozen,
                    TopLeftCell = Reference((uint)frozen + 1, 0),
                    ActivePane = PaneValues.BottomLeft,
                    State = PaneStateValues.Frozen,
                },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = Reference((uint)frozen + 1, 0), SequenceOfReferences = new ListValue<StringValue>([Reference((uint)frozen + 1, 0)]) })
            {
                WorkbookViewId = 0,
                TabSelected = selected,
            }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            cols,
            data);
        if (merges.HasChildren)
        {
            worksheet.Append(merges);
        }

        worksheet.Append(
            new PrintOptions { HorizontalCentered = true },
            Margins(),
            // A4 (paperSize 9), one page wide; the wide tables 三 and 四 print landscape.
            new PageSetup
            {
                PaperSize = 9,
                Orientation = columns > 4 ? OrientationValues.Landscape : OrientationValues.Portrait,
                FitToWidth = 1,
                FitToHeight = 0,
            });
        return worksheet;
    }

    private static Worksheet NotesSheet(
        ReportStatistics stats, string agency, int year, IReadOnlyList<TableShape> tables, IReadOnlyList<string> sheetNames, SharedStrings strings, bool selected)
    {
        var data = new SheetData();
        uint next = 1;

        void Add(string key, Cell value)
        {
            var row = new Row(strings.Cell(next, 0, key, StyleNoteKey), value) { RowIndex = next };
            data.Append(row);
            next++;
        }

        void Text(string key, string value)
        {
            var row = next;
            Add(key, strings.Cell(row, 1, value, StyleNoteValue));
            SetHeight(data.Elements<Row>().Last(), Lines(value, 80));
        }

        Text("填报单位", agency);
        Add("报告年度", new Cell { CellReference = Reference(next, 1), StyleIndex = StyleNoteValue, CellValue = new CellValue(year) });
        Text("统计期", stats.Period.ToString());
        Text("报告格式", ReportLayout.FormatName(stats.Format));
        for (var i = 0; i < tables.Count; i++)
        {
            Text(i == 0 ? "工作表" : "", $"{sheetNames[i]}：{LetterLayout.Clean(tables[i].Table.Title)}");
        }

        Text(KeyColumnHeader, "各表最后一列（已隐藏）为行的稳定键（如 t3.results.disclosed），供导入、核对使用；取消隐藏即可查看。");

        // Manual figures nobody has entered print as 0; say which, so the reader does not take them for real zeros.
        var missing = tables
            .SelectMany(t => t.Table.Rows.SelectMany(r => r.Cells.Where(c => c.Source == CellSource.Missing)
                .Select(c => $"{t.Table.Title}：{r.Label}（{c.Column}）")))
            .ToList();
        Text("待填报数字", missing.Count == 0 ? "无" : string.Join("\n", missing.Select(LetterLayout.Clean)));

        var failed = stats.Checks.Where(c => !c.Passed).ToList();
        Text("一致性校验", failed.Count == 0 ? "全部通过" : string.Join("\n", failed.Select(c => LetterLayout.Clean($"{c.Rule}：{c.Message}"))));

        return new Worksheet(
            new SheetViews(new SheetView { WorkbookViewId = 0, TabSelected = selected }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            new Columns(
                new Column { Min = 1, Max = 1, Width = 14, CustomWidth = true },
                new Column { Min = 2, Max = 2, Width = 80, CustomWidth = true }),
            data,
            Margins(),
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Portrait });
    }

    private static PageMargins Margins() => new() { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 };

    /// <summary>Column widths in Excel's units (about one digit, i.e. half a Chinese character, each).</summary>
    private static double[] ColumnWidths(TableShape shape)
    {
        var unit = shape.Table.Key == ReportKeys.Table4 ? 10.0 : 12.0;
        return shape.Widths.Select(w => Math.Round(w * unit, 1)).ToArray();
    }

    /// <summary>
    /// How many lines <paramref name="text"/> wraps to in a cell <paramref name="width"/> units wide: Excel does not
    /// grow a row for wrapped text it did not lay out itself, so the heights are set here.
    /// </summary>
    private static int Lines(string text, double width)
    {
        var usable = Math.Max(2, width - 1);
        return text.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(LetterLayout.HalfCharWidth(line) / usable)));
    }

    private static void SetHeight(Row row, int lines)
    {
        if (lines > 1)
        {
            row.Height = 15 * lines;
            row.CustomHeight = true;
        }
    }

    /// <summary>
    /// A sheet name Excel accepts: at most 31 characters, none of <c>[]:*?/\</c>, not starting or ending with an
    /// apostrophe, unique ignoring case (a numbered suffix when two titles cut to the same name).
    /// </summary>
    internal static string SheetName(string title, ISet<string> used)
    {
        const int Max = 31;
        var clean = new string(LetterLayout.Clean(title).Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\' or '\n')).ToArray())
            .Trim().Trim('\'').Trim();
        if (clean.Length == 0)
        {
            clean = "表";
        }

        var name = clean.Length > Max ? clean[..Max] : clean;
        for (var n = 2; !used.Add(name); n++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $"（{n}）");
            name = (clean.Length > Max - suffix.Length ? clean[..(Max - suffix.Length)] : clean) + suffix;
        }

        return name;
    }

    /// <summary>A1-style reference of 1-based <paramref name="row"/> and 0-based <paramref name="column"/>.</summary>
    private static string Reference(uint row, int column)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    private static string Reference(int row, int column) => Reference((uint)row, column);

    private static Stylesheet Styles()
    {
        static Font Font(double size, bool bold, string name)
        {
            var font = new Font();
            if (bold)
            {
                font.Append(new Bold());
            }

            // charset 134 = GB2312, so Excel and WPS pick the Chinese face rather than substituting.
            font.Append(new FontSize { Val = size }, new FontName { Val = name }, new FontFamilyNumbering { Val = 2 }, new FontCharSet { Val = 134 });
            return font;
        }

        static CellFormat Format(uint font, uint fill, uint border, Alignment? alignment)
        {
            var format = new CellFormat { NumberFormatId = 0, FontId = font, FillId = fill, BorderId = border, FormatId = 0 };
            if (font != 0)
            {
                format.ApplyFont = true;
            }

            if (fill != 0)
            {
                format.ApplyFill = true;
            }

            if (border != 0)
            {
                format.ApplyBorder = true;
            }

            if (alignment is not null)
            {
                format.ApplyAlignment = true;
                format.Append(alignment);
            }

            return format;
        }

        static Alignment Align(HorizontalAlignmentValues horizontal, uint indent = 0) => new()
        {
            Horizontal = horizontal,
            Vertical = VerticalAlignmentValues.Center,
            WrapText = true,
            Indent = indent == 0 ? null : indent,
        };

        var thin = () => new Border(
            new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());

        return new Stylesheet(
            new Fonts(Font(11, false, "宋体"), Font(16, true, "宋体"), Font(11, true, "宋体")) { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F2F2" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
            { Count = 3 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin()) { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                Format(0, 0, 0, null),                                         // 0 default
                Format(1, 0, 0, Align(HorizontalAlignmentValues.Center)),      // 1 title
                Format(0, 0, 0, Align(HorizontalAlignmentValues.Center)),      // 2 subtitle
                Format(2, 2, 1, Align(HorizontalAlignmentValues.Center)),      // 3 header
                Format(0, 0, 1, Align(HorizontalAlignmentValues.Left)),        // 4 label, level 0
                Format(0, 0, 1, Align(HorizontalAlignmentValues.Left, 1)),     // 5 level 1
                Format(0, 0, 1, Align(HorizontalAlignmentValues.Left, 2)),     // 6 level 2
                Format(0, 0, 1, Align(HorizontalAlignmentValues.Left, 3)),     // 7 level 3
                Format(0, 0, 1, Align(HorizontalAlignmentValues.Center)),      // 8 figure (General: 3, 1.25, 0.0355)
                Format(0, 0, 1, Align(HorizontalAlignmentValues.Center)),      // 9 bordered text (单位, 行键)
                Format(2, 0, 0, Align(HorizontalAlignmentValues.Left)),        // 10 说明 key
                Format(0, 0, 0, Align(HorizontalAlignmentValues.Left)))        // 11 说明 value
            { Count = 12 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    /// <summary>The shared string table: each distinct text once.</summary>
    private sealed class SharedStrings(SharedStringTablePart part)
    {
        private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
        private readonly SharedStringTable table = new();

        public Cell Cell(uint row, int column, string text, uint style)
        {
            if (!index.TryGetValue(text, out var i))
            {
                i = index.Count;
                index[text] = i;
                table.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }

            return new Cell
            {
                CellReference = Reference(row, column),
                StyleIndex = style,
                DataType = CellValues.SharedString,
                CellValue = new CellValue(i),
            };
        }

        public void Save()
        {
            table.Count = (uint)index.Count;
            table.UniqueCount = (uint)index.Count;
            part.SharedStringTable = table;
        }
    }
}
