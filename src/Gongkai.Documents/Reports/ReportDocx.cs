using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Documents.Letters;

namespace Gongkai.Documents.Reports;

/// <summary>
/// Writes a 政府信息公开工作年度报告 as a Word document in the official-document layout of the reply letters (GB/T 9704:
/// A4, 版心 156 mm × 225 mm, 二号小标宋 title, 三号仿宋 on a 28 pt line, 黑体 first-level headings, "— 1 —" page
/// numbers), with the statistics as Word tables whose headers are merged exactly like the official format's
/// (a group header spans its columns with gridSpan; a header without sub-columns spans the header rows with vMerge).
/// </summary>
public static class ReportDocx
{
    // The text block: A4 width less GB/T 9704's left and right margins (156 mm).
    private const int TextWidth = LetterDocx.PageWidth - LetterDocx.MarginLeft - LetterDocx.MarginRight;

    // GB/T 9704 tables are usually set smaller than the body; 五号 (10.5 pt) on an exact 15 pt line.
    private const int TableFontSize = 21;
    private const int TableLine = 300;
    private const int TableChar = 210; // one 五号 character, in twips: the indent step of a row label
    private const int HalfChar = 160;  // half a 三号 character: the unit of the letters' signature indents
    private const int CellMargin = 57; // 1 mm: table 四 has fifteen columns of about 10 mm

    private const string TableText = "ReportTableText";
    private const string TableHeading = "ReportTableHeading";
    private const string TableNumber = "ReportTableNumber";

    /// <summary>Returns <paramref name="model"/> as the bytes of a .docx file.</summary>
    public static byte[] Write(ReportDocumentModel model)
    {
        var report = ReportLayout.Compose(model);

        // The package starts as an empty letter: page size, margins, fonts (with their fallbacks), styles, settings,
        // the page-number footer and the document properties are then the letters' own, not a second copy of them.
        // The date of issue dates the properties, so the same report always renders to the same properties.
        var issued = model.PublishedOn ?? model.Statistics.Period.To;
        var template = new LetterModel(
            LetterKind.Answer, report.AgencyName, "", "", "", issued, "政府信息公开工作年度报告", issued, "", "", null, [], null)
        {
            Title = report.Title,
        };

        using var buffer = new MemoryStream();
        buffer.Write(LetterDocx.Write(template));
        buffer.Position = 0;
        using (var document = WordprocessingDocument.Open(buffer, true))
        {
            var main = document.MainDocumentPart ?? throw new InvalidOperationException("信函模板缺少正文部件");
            main.StyleDefinitionsPart!.Styles!.Append(TableStyles());

            var body = main.Document!.Body!;
            var section = body.Elements<SectionProperties>().Last();
            section.Remove();
            body.RemoveAllChildren();
            Fill(body, report);
            body.Append(section);
        }

        return buffer.ToArray();
    }

    private static void Fill(Body body, ComposedReport report)
    {
        body.Append(Para("GongwenTitle", report.Title));
        body.Append(Para("Normal", ""));
        foreach (var section in report.Sections)
        {
            body.Append(Para("GongwenHeading1", section.Heading));
            foreach (var block in section.Narrative)
            {
                body.Append(Block(block));
            }

            foreach (var table in section.Tables)
            {
                body.Append(Table(table));
                // A paragraph between tables keeps Word from joining them, and one after the last ends the table.
                body.Append(Para("Normal", ""));
            }
        }

        foreach (var block in report.Closing)
        {
            body.Append(Block(block));
        }
    }

    private static Paragraph Block(LetterBlock block)
    {
        var style = block.Kind switch
        {
            BlockKind.Heading1 => "GongwenHeading1",
            BlockKind.Heading2 => "GongwenHeading2",
            BlockKind.Signature => "GongwenSignature",
            BlockKind.Date => "GongwenDate",
            BlockKind.Blank => "Normal",
            _ => "GongwenBody",
        };

        var indent = block.Kind is BlockKind.Signature or BlockKind.Date
            ? new Indentation { Right = Twips(block.RightIndentHalfChars * HalfChar) }
            : null;
        return Para(style, block.Text, indent);
    }

    private static Paragraph Para(string style, string text, Indentation? indentation = null, bool keepNext = false)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (keepNext)
        {
            properties.Append(new KeepNext());
        }

        if (indentation is not null)
        {
            properties.Append(indentation);
        }

        var paragraph = new Paragraph(properties);
        if (text.Length > 0)
        {
            paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    private static Table Table(TableShape shape)
    {
        var widths = Distribute(shape.Widths, TextWidth);
        static BorderType Line<T>()
            where T : BorderType, new() =>
            new T { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" };

        var table = new Table(
            new TableProperties(
                new TableWidth { Width = Twips(TextWidth), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableBorders(
                    Line<TopBorder>(),
                    Line<LeftBorder>(),
                    Line<BottomBorder>(),
                    Line<RightBorder>(),
                    Line<InsideHorizontalBorder>(),
                    Line<InsideVerticalBorder>()),
                // Fixed: the grid below is the layout, not a hint Word recomputes from the content.
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = CellMargin, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = CellMargin, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));

        int Span(int from, int count) => widths.Skip(from).Take(count).Sum();

        if (shape.Caption is { } caption)
        {
            // Table 二's block title is the first row of its block in the official table, across all columns.
            table.Append(Row(true, Cell(Span(0, shape.ColumnCount), shape.ColumnCount, null, TableHeading, caption, 0, true)));
        }

        for (var r = 0; r < shape.HeaderRows; r++)
        {
            var row = Row(true);
            for (var c = 0; c < shape.ColumnCount;)
            {
                var cell = shape.At(r, c);
                var width = Span(c, cell.ColumnSpan);
                row.Append(cell.Row == r
                    ? Cell(width, cell.ColumnSpan, cell.RowSpan > 1 ? MergeValues.Restart : null, TableHeading, cell.Text, 0, true)
                    : Cell(width, cell.ColumnSpan, MergeValues.Continue, TableHeading, "", 0, true));
                c += cell.ColumnSpan;
            }

            table.Append(row);
        }

        var rows = shape.Table.Rows;
        for (var r = 0; r < rows.Count; r++)
        {
            var data = rows[r];
            // The header stays with the first row (keepNext on the header's paragraphs); a short table stays whole.
            var keep = shape.KeepTogether && r < rows.Count - 1;
            var row = Row(false);
            var c = 0;
            if (shape.LabelColumns > 0)
            {
                row.Append(Cell(widths[c++], 1, null, TableText, LetterLayout.Clean(data.Label), data.Level, keep));
            }

            if (shape.HasUnitColumn)
            {
                row.Append(Cell(widths[c++], 1, null, TableNumber, LetterLayout.Clean(data.Unit), 0, keep));
            }

            // A heading row (三、本年度办理结果) carries no figures: its value cells stay empty.
            for (var i = 0; i < shape.Table.Columns.Count; i++, c++)
            {
                var text = i < data.Cells.Count ? ReportLayout.FormatValue(data.Cells[i].Value) : "";
                row.Append(Cell(widths[c], 1, null, TableNumber, text, 0, keep));
            }

            table.Append(row);
        }

        return table;
    }

    private static TableRow Row(bool header, params TableCell[] cells)
    {
        // Rows never break across pages; header rows repeat on every page the table runs onto.
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }

        var row = new TableRow(properties);
        row.Append(cells);
        return row;
    }

    private static TableCell Cell(int width, int span, MergeValues? merge, string style, string text, int level, bool keepNext)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } value)
        {
            properties.Append(value == MergeValues.Restart ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge());
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });

        // Row labels are indented one character per level: 一、 flush, （一） one in, 1. and 其中 two, 其中 under 1. three.
        var indent = level > 0 ? new Indentation { Left = Twips(level * TableChar) } : null;
        return new TableCell(properties, Para(style, text, indent, keepNext));
    }

    /// <summary>Whole twips per column in proportion to <paramref name="weights"/>, adding up to <paramref name="total"/>.</summary>
    private static int[] Distribute(IReadOnlyList<double> weights, int total)
    {
        var sum = weights.Sum();
        var widths = weights.Select(w => (int)Math.Floor(total * w / sum)).ToArray();
        widths[0] += total - widths.Sum();
        return widths;
    }

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Style[] TableStyles()
    {
        static Style Paragraph(string id, string name, string basedOn, JustificationValues justification, string eastAsia) =>
            new(
                new StyleName { Val = name },
                new BasedOn { Val = basedOn },
                new PrimaryStyle(),
                new StyleParagraphProperties(
                    // Off the 28 pt document grid: a table line is 15 pt.
                    new SnapToGrid { Val = false },
                    new SpacingBetweenLines { Before = "0", After = "0", Line = Twips(TableLine), LineRule = LineSpacingRuleValues.Exact },
                    new Justification { Val = justification }),
                new StyleRunProperties(
                    new RunFonts
                    {
                        Hint = FontTypeHintValues.EastAsia,
                        Ascii = "Times New Roman",
                        HighAnsi = "Times New Roman",
                        EastAsia = eastAsia,
                        ComplexScript = "Times New Roman",
                    },
                    new FontSize { Val = Twips(TableFontSize) },
                    new FontSizeComplexScript { Val = Twips(TableFontSize) }))
            {
                Type = StyleValues.Paragraph,
                StyleId = id,
                CustomStyle = true,
            };

        return
        [
            Paragraph(TableText, "报告表格文字", "Normal", JustificationValues.Left, "宋体"),
            Paragraph(TableHeading, "报告表头", TableText, JustificationValues.Center, "黑体"),
            Paragraph(TableNumber, "报告表格数字", TableText, JustificationValues.Center, "宋体"),
        ];
    }

    private enum MergeValues
    {
        Restart,
        Continue,
    }
}
