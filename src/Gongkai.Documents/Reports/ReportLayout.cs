using Gongkai.Documents.Letters;

namespace Gongkai.Documents.Reports;

/// <summary>A cell of a table's header on the grid of the whole table (row-label columns first, then the figures).</summary>
internal sealed record HeaderCell(string Text, int Row, int Column, int RowSpan, int ColumnSpan);

/// <summary>
/// One official table as printed: the row-label columns (none for table 四, label for tables 二 and 三, label and
/// 单位 for the legacy 统计表), the header grid with its merged cells, and relative column widths.
/// </summary>
/// <param name="Table">The statistics.</param>
/// <param name="Caption">The block title printed inside the table (table 二's <c>第二十条第（一）项</c>), else null.</param>
/// <param name="LabelColumns">0, 1 (label) or 2 (label and 单位).</param>
/// <param name="HeaderRows">How many rows the header takes (the caption not counted).</param>
/// <param name="Header">The header cells, each once, row by row and left to right.</param>
/// <param name="Widths">Relative width of each grid column.</param>
internal sealed record TableShape(
    ReportTable Table,
    string? Caption,
    int LabelColumns,
    int HeaderRows,
    IReadOnlyList<HeaderCell> Header,
    IReadOnlyList<double> Widths)
{
    public int ColumnCount => LabelColumns + Table.Columns.Count;

    public bool HasUnitColumn => LabelColumns == 2;

    /// <summary>
    /// Short tables (table 二's blocks, table 四) are kept on one page; long ones (三, the legacy 统计表) break between
    /// rows with the header repeated.
    /// </summary>
    public bool KeepTogether => Table.Rows.Count <= 6;

    /// <summary>The header cell covering grid position (<paramref name="row"/>, <paramref name="column"/>).</summary>
    public HeaderCell At(int row, int column) =>
        Header.First(c => c.Row <= row && row < c.Row + c.RowSpan && c.Column <= column && column < c.Column + c.ColumnSpan);
}

/// <summary>A numbered section: narrative paragraphs (the letters' block kinds Body, Heading1, Heading2) or tables.</summary>
internal sealed record ReportSection(string Heading, IReadOnlyList<LetterBlock> Narrative, IReadOnlyList<TableShape> Tables);

/// <summary>The whole report in print order; <see cref="Closing"/> holds the signature and date when published.</summary>
internal sealed record ComposedReport(string Title, string AgencyName, IReadOnlyList<ReportSection> Sections, IReadOnlyList<LetterBlock> Closing);

/// <summary>
/// The parts of an annual report in the order of 国办公开办函〔2021〕30号 (and 〔2019〕60号, which has the same
/// six sections); DOCX, HTML and XLSX all walk this, so they print the same headings, headers and figures.
/// Paragraphs, sub-headings, the signature and the date come from <see cref="LetterLayout.Compose"/>, so a report
/// body follows exactly the rules of a letter body (GB/T 9704 headings, cleaning, signature over the date).
/// </summary>
internal static class ReportLayout
{
    /// <summary>Table 三's top-left cell in both official formats.</summary>
    public const string Table3Corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /// <summary>Table 三's group header over all applicant columns, which the statistics' column paths leave out.</summary>
    public const string Table3ColumnGroup = "申请人情况";

    private const string Section2 = "二、主动公开政府信息情况";

    public static ComposedReport Compose(ReportDocumentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(model.Statistics);

        var stats = model.Statistics;
        var agency = LetterLayout.Clean(model.AgencyName).Trim();
        List<ReportSection> sections;
        if (stats.Format == ReportFormat.Legacy)
        {
            // Before 2019 the 统计表 was attached to the report rather than woven into numbered sections.
            sections =
            [
                Narrative("一、总体情况", model.Overview),
                Narrative("二、存在的主要问题及改进情况", model.Problems),
                Narrative("三、其他需要报告的事项", model.Other),
                .. Tables(stats, t => t.Key == ReportKeys.Legacy, "附表：政府信息公开情况统计表"),
            ];
        }
        else
        {
            sections =
            [
                Narrative("一、总体情况", model.Overview),
                .. Tables(stats, t => t.Key.StartsWith("t2.", StringComparison.Ordinal), Section2),
                .. Tables(stats, t => t.Key == ReportKeys.Table3, null),
                .. Tables(stats, t => t.Key == ReportKeys.Table4, null),
                Narrative("五、存在的主要问题及改进情况", model.Problems),
                Narrative("六、其他需要报告的事项", model.Other),
            ];
        }

        IReadOnlyList<LetterBlock> closing = [];
        if (model.PublishedOn is { } published)
        {
            // The letter layout's closing: two blank lines, the agency centred over the date, date four characters in.
            closing = LetterLayout.Compose(Letter("", agency, published))
                .SkipWhile(b => b.Kind != BlockKind.Salutation)
                .Skip(1)
                .ToList();
        }

        return new ComposedReport(LetterLayout.Clean(model.Title).Trim(), agency, sections, closing);
    }

    /// <summary>The official tables in print order: every table but <c>derived</c>, which only feeds the narrative.</summary>
    public static IEnumerable<ReportTable> OfficialTables(ReportStatistics stats) =>
        stats.Tables.Where(t => t.Key != ReportKeys.Derived);

    public static TableShape Table(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);

        var sep = ReportKeys.ColumnGroupSeparator;
        (string? Caption, string? Corner, string? Group) spec = table.Key switch
        {
            ReportKeys.Table3 => (null, Table3Corner, Table3ColumnGroup),
            // The official table 四 has no row labels: one row of figures under the three-level header.
            ReportKeys.Table4 => (null, null, null),
            ReportKeys.Legacy => (null, "统计指标", null),
            _ when table.Key.StartsWith("t2.", StringComparison.Ordinal) => (Caption(table.Title), "信息内容", null),
            _ => (null, "项目", null),
        };
        var (caption, corner, group) = spec;

        var hasUnit = corner is not null && table.Rows.Any(r => r.Unit is not null);
        var labels = corner is null ? 0 : hasUnit ? 2 : 1;
        var paths = table.Columns
            .Select(c => (group is null ? c : group + sep + c).Split(sep))
            .ToArray();
        var depth = paths.Length == 0 ? 1 : paths.Max(p => p.Length);

        var header = new List<HeaderCell>();
        if (corner is not null)
        {
            header.Add(new(corner, 0, 0, depth, 1));
        }

        if (hasUnit)
        {
            header.Add(new("单位", 0, 1, depth, 1));
        }

        // Columns sharing a path prefix get one group cell across them; a path that ends above the deepest level
        // reaches down to the last header row.
        for (var level = 0; level < depth; level++)
        {
            var i = 0;
            while (i < paths.Length)
            {
                var path = paths[i];
                if (path.Length <= level)
                {
                    i++;
                    continue;
                }

                if (path.Length == level + 1)
                {
                    header.Add(new(path[level], level, labels + i, depth - level, 1));
                    i++;
                    continue;
                }

                var j = i + 1;
                while (j < paths.Length && paths[j].Length > level + 1 && paths[j].AsSpan(0, level + 1).SequenceEqual(path.AsSpan(0, level + 1)))
                {
                    j++;
                }

                header.Add(new(path[level], level, labels + i, 1, j - i));
                i = j;
            }
        }

        header.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Column.CompareTo(b.Column));

        // Table 三's labels run to forty characters, the legacy table's to fifty; figures need a few digits.
        var labelWidth = table.Key switch
        {
            ReportKeys.Table3 => 4.0,
            ReportKeys.Legacy => 6.0,
            _ => 2.0,
        };
        var widths = new List<double>();
        if (labels > 0)
        {
            widths.Add(labelWidth);
        }

        if (hasUnit)
        {
            widths.Add(1.0);
        }

        widths.AddRange(table.Columns.Select(_ => table.Key == ReportKeys.Legacy ? 1.6 : 1.0));
        return new TableShape(table, caption, labels, depth, header, widths);
    }

    /// <summary>
    /// A figure as printed: whole numbers without decimals, amounts with up to two. An amount with finer precision
    /// (the legacy 万元 fee row carries 元, i.e. four places) keeps up to four, so a fee of a few 元 does not print as 0.
    /// </summary>
    public static string FormatValue(decimal value) =>
        value == decimal.Truncate(value) ? value.ToString("0", CultureInfo.InvariantCulture)
        : decimal.Round(value, 2) == value ? value.ToString("0.##", CultureInfo.InvariantCulture)
        : value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>The format's name for readers, with the circular that defines it.</summary>
    public static string FormatName(ReportFormat format) => format switch
    {
        ReportFormat.Format2021 => "2021年版（国办公开办函〔2021〕30号）",
        ReportFormat.Format2019 => "2019年版（国办公开办函〔2019〕60号）",
        ReportFormat.Legacy => "政府信息公开情况统计表（2019年以前）",
        _ => format.ToString(),
    };

    /// <summary>Table 二's block title: <c>第二十条第（一）项</c> from <c>二、主动公开政府信息情况：第二十条第（一）项</c>.</summary>
    private static string Caption(string title)
    {
        var colon = title.LastIndexOf('：');
        return colon < 0 ? title : title[(colon + 1)..];
    }

    private static ReportSection Narrative(string heading, string? text) =>
        new(heading, LetterLayout.Compose(Letter(text ?? "", "", default))
            .Where(b => b.Kind is BlockKind.Body or BlockKind.Heading1 or BlockKind.Heading2)
            .ToList(), []);

    /// <summary>One section for the matching tables, headed by <paramref name="heading"/> or else by the (only) table's
    /// title, which for tables 三 and 四 is the section heading itself; none when no table matches.</summary>
    private static IEnumerable<ReportSection> Tables(ReportStatistics stats, Func<ReportTable, bool> match, string? heading)
    {
        var tables = OfficialTables(stats).Where(match).Select(Table).ToList();
        if (tables.Count > 0)
        {
            yield return new ReportSection(heading ?? tables[0].Table.Title, [], tables);
        }
    }

    private static LetterModel Letter(string body, string agency, DateOnly issuedOn) =>
        new(LetterKind.Answer, agency, "", "", "", issuedOn, "", issuedOn, body, "", null, [], null);
}
