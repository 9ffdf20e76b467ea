using System.Text.Encodings.Web;
using System.Text.Unicode;
using Gongkai.Documents.Letters;

namespace Gongkai.Documents.Reports;

/// <summary>
/// Renders a 政府信息公开工作年度报告 as semantic HTML: <c>h1</c> title, one <c>section</c> with an <c>h2</c> per official
/// section, tables with a <c>thead</c> whose merged headers are real <c>colspan</c>/<c>rowspan</c> cells. Every value
/// from the model is HTML-encoded; there is no script and, in the fragment, no inline style.
/// </summary>
/// <remarks>
/// The fragment is one <c>&lt;article class="annual-report"&gt;</c>; the portal styles it through these classes:
/// <list type="table">
/// <item><term><c>annual-report</c></term><description>the article; <c>data-format</c> is <c>Format2021</c>, <c>Format2019</c> or <c>Legacy</c>.</description></item>
/// <item><term><c>annual-report__title</c></term><description>the <c>h1</c>.</description></item>
/// <item><term><c>annual-report__section</c></term><description>each <c>section</c> (一 … 六, or the legacy 统计表).</description></item>
/// <item><term><c>annual-report__heading</c></term><description>the section's <c>h2</c> (一、总体情况 …), 黑体 in print.</description></item>
/// <item><term><c>annual-report__paragraph</c></term><description>a narrative <c>p</c>, first line indented two characters in print.</description></item>
/// <item><term><c>annual-report__subheading</c>, <c>--1</c>, <c>--2</c></term><description>an <c>h3</c> typed in the narrative: a
/// whole line "一、…" (<c>--1</c>, 黑体) or "（一）…" (<c>--2</c>, 楷体), by the letters' rule.</description></item>
/// <item><term><c>annual-report__table-wrap</c>, <c>--keep</c></term><description>a <c>div</c> around each table (set <c>overflow-x: auto</c>
/// on narrow screens); <c>--keep</c> marks a short table (table 二's blocks, table 四) that should not break across pages.</description></item>
/// <item><term><c>annual-report__table</c>, <c>annual-report__table--{key}</c></term><description>the <c>table</c>; key with dots as
/// dashes: <c>t2-1</c>, <c>t2-5</c>, <c>t2-6</c>, <c>t2-8</c>, <c>t2-9</c>, <c>t3</c>, <c>t4</c>, <c>legacy</c>; <c>data-table</c> holds the key itself.</description></item>
/// <item><term><c>annual-report__caption</c></term><description>table 二's block title (<c>第二十条第（一）项</c>) as the <c>caption</c>.</description></item>
/// <item><term><c>annual-report__corner</c></term><description>the header cell over the row labels (信息内容, 统计指标, table 三's 勾稽关系 note).</description></item>
/// <item><term><c>annual-report__column</c>, <c>annual-report__group</c></term><description>a leaf column header; a group header spanning several columns (<c>colspan</c>).</description></item>
/// <item><term><c>annual-report__row</c>, <c>annual-report__row--heading</c></term><description>a body row (<c>data-row</c> = the row key); a heading row without figures.</description></item>
/// <item><term><c>annual-report__label</c>, <c>annual-report__label--level-0</c> … <c>--level-3</c></term><description>the row label
/// <c>th scope="row"</c>, to be indented by level (一、 / （一） / 1. and 其中 / 其中 under 1.).</description></item>
/// <item><term><c>annual-report__unit</c></term><description>the legacy table's 单位 cell.</description></item>
/// <item><term><c>annual-report__value</c>, <c>--empty</c>, <c>--missing</c></term><description>a figure; an empty cell of a heading row;
/// a manual figure nobody has entered yet (prints 0; worth highlighting in a draft preview).</description></item>
/// <item><term><c>annual-report__closing</c>, <c>annual-report__signature</c>, <c>annual-report__date</c></term><description>the agency and
/// date at the end, present only when the report has a publication date.</description></item>
/// </list>
/// </remarks>
public static class ReportHtml
{
    // Every CJK range stays readable in the source; markup characters (<, >, &, quotes) are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // Print like the DOCX: A4, the GB/T 9704 margins, 三号仿宋 on a 28 pt line, 五号宋体 tables whose header repeats on each
    // page, page numbers "— 1 —" in the bottom margin box (Chromium 131+ draws them even with --no-pdf-header-footer).
    private const string Css = """
        @font-face {
          font-family: "Report Latin";
          src: local("Times New Roman"), local("Liberation Serif"), local("Tinos");
          unicode-range: U+0000-00FF;
        }
        @page {
          size: A4;
          margin: 37mm 26mm 35mm 28mm;
          @bottom-center {
            content: "— " counter(page) " —";
            font: 14pt "宋体", "SimSun", "Noto Serif CJK SC", serif;
            vertical-align: top;
            padding-top: 7mm;
          }
        }
        html { background: #eee; }
        body { margin: 0; }
        .annual-report {
          box-sizing: border-box;
          max-width: 210mm;
          margin: 8mm auto;
          padding: 37mm 26mm 35mm 28mm;
          background: #fff;
          color: #000;
          font: 16pt/28pt "Report Latin", "仿宋_GB2312", "仿宋", "FangSong", "Noto Serif CJK SC", "Source Han Serif SC", serif;
        }
        .annual-report__title {
          margin: 0 0 28pt;
          font: 22pt/36pt "Report Latin", "方正小标宋简体", "小标宋", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif;
          text-align: center;
        }
        .annual-report__heading, .annual-report__subheading--1 {
          margin: 0;
          font: 16pt/28pt "Report Latin", "黑体", "SimHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
          text-indent: 2em;
          break-after: avoid;
        }
        .annual-report__subheading--2 {
          margin: 0;
          font: 16pt/28pt "Report Latin", "楷体_GB2312", "楷体", "KaiTi", "Noto Serif CJK SC", serif;
          text-indent: 2em;
          break-after: avoid;
        }
        .annual-report__paragraph { margin: 0; text-indent: 2em; text-align: justify; overflow-wrap: anywhere; }
        .annual-report__table-wrap { margin: 6pt 0 14pt; }
        .annual-report__table-wrap--keep { break-inside: avoid; }
        .annual-report__table {
          width: 100%;
          border-collapse: collapse;
          table-layout: fixed;
          font: 10.5pt/15pt "Report Latin", "宋体", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", serif;
        }
        .annual-report__table th, .annual-report__table td {
          border: 0.75pt solid #000;
          padding: 1mm;
          vertical-align: middle;
          text-align: center;
          overflow-wrap: anywhere;
        }
        .annual-report__table thead th, .annual-report__caption {
          font-family: "Report Latin", "黑体", "SimHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
          font-weight: normal;
        }
        .annual-report__caption { border: 0.75pt solid #000; border-bottom: 0; padding: 1mm; }
        .annual-report__table thead { display: table-header-group; }
        .annual-report__table tr { break-inside: avoid; }
        .annual-report__table th.annual-report__label { text-align: left; font-weight: normal; }
        .annual-report__label--level-1 { padding-left: calc(1mm + 1em) !important; }
        .annual-report__label--level-2 { padding-left: calc(1mm + 2em) !important; }
        .annual-report__label--level-3 { padding-left: calc(1mm + 3em) !important; }
        .annual-report__table--t3 .annual-report__corner { width: 36%; }
        .annual-report__table--legacy .annual-report__corner { width: 60%; }
        .annual-report__table--legacy .annual-report__unit, .annual-report__table--legacy thead th:nth-child(2) { width: 10%; }
        .annual-report__closing { width: fit-content; margin: 56pt 4em 0 auto; text-align: center; break-inside: avoid; }
        .annual-report__closing p { margin: 0; }
        @media print {
          html { background: none; }
          .annual-report { max-width: none; margin: 0; padding: 0; }
        }
        """;

    /// <summary>
    /// Renders <paramref name="model"/>: with <paramref name="fullDocument"/> a complete printable HTML5 page
    /// (lang="zh-CN", UTF-8, embedded print stylesheet), the input of <see cref="ReportPdf.PrintAsync"/>; without it
    /// just the <c>&lt;article class="annual-report"&gt;</c> fragment for the portal (classes listed above).
    /// </summary>
    public static string Render(ReportDocumentModel model, bool fullDocument)
    {
        var report = ReportLayout.Compose(model);
        var html = new StringBuilder(32 * 1024);
        if (fullDocument)
        {
            html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
            html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            html.Append("<meta name=\"author\" content=\"").Append(Encode(report.AgencyName)).Append("\">\n");
            html.Append("<title>").Append(Encode(report.Title)).Append("</title>\n");
            html.Append("<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n");
        }

        html.Append("<article class=\"annual-report\" data-format=\"").Append(model.Statistics.Format).Append("\">\n");
        html.Append("<h1 class=\"annual-report__title\">").Append(Encode(report.Title)).Append("</h1>\n");
        foreach (var section in report.Sections)
        {
            html.Append("<section class=\"annual-report__section\">\n");
            html.Append("<h2 class=\"annual-report__heading\">").Append(Encode(section.Heading)).Append("</h2>\n");
            foreach (var block in section.Narrative)
            {
                html.Append(block.Kind switch
                {
                    BlockKind.Heading1 => "<h3 class=\"annual-report__subheading annual-report__subheading--1\">",
                    BlockKind.Heading2 => "<h3 class=\"annual-report__subheading annual-report__subheading--2\">",
                    _ => "<p class=\"annual-report__paragraph\">",
                });
                html.Append(Encode(block.Text)).Append(block.Kind is BlockKind.Heading1 or BlockKind.Heading2 ? "</h3>\n" : "</p>\n");
            }

            foreach (var table in section.Tables)
            {
                Table(html, table);
            }

            html.Append("</section>\n");
        }

        var signature = report.Closing.FirstOrDefault(b => b.Kind == BlockKind.Signature);
        var date = report.Closing.FirstOrDefault(b => b.Kind == BlockKind.Date);
        if (signature is not null && date is not null)
        {
            html.Append("<div class=\"annual-report__closing\">\n")
                .Append("<p class=\"annual-report__signature\">").Append(Encode(signature.Text)).Append("</p>\n")
                .Append("<p class=\"annual-report__date\">").Append(Encode(date.Text)).Append("</p>\n")
                .Append("</div>\n");
        }

        html.Append("</article>\n");
        if (fullDocument)
        {
            html.Append("</body>\n</html>\n");
        }

        return html.ToString();
    }

    private static void Table(StringBuilder html, TableShape shape)
    {
        var key = shape.Table.Key;
        html.Append(shape.KeepTogether ? "<div class=\"annual-report__table-wrap annual-report__table-wrap--keep\">\n" : "<div class=\"annual-report__table-wrap\">\n")
            .Append("<table class=\"annual-report__table annual-report__table--").Append(Encode(key.Replace('.', '-')))
            .Append("\" data-table=\"").Append(Encode(key)).Append("\">\n");
        if (shape.Caption is { } caption)
        {
            html.Append("<caption class=\"annual-report__caption\">").Append(Encode(caption)).Append("</caption>\n");
        }

        html.Append("<thead>\n");
        for (var r = 0; r < shape.HeaderRows; r++)
        {
            html.Append("<tr>");
            foreach (var cell in shape.Header.Where(c => c.Row == r))
            {
                var css = cell.Column < shape.LabelColumns ? "annual-report__corner"
                    : cell.ColumnSpan > 1 ? "annual-report__group"
                    : "annual-report__column";
                // scope="col" covers every column a header spans; "colgroup" would need <colgroup> elements, which
                // cannot nest as table 四's three levels do.
                html.Append("<th scope=\"col\" class=\"").Append(css).Append('"');
                if (cell.ColumnSpan > 1)
                {
                    html.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
                }

                if (cell.RowSpan > 1)
                {
                    html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                }

                html.Append('>').Append(Encode(cell.Text)).Append("</th>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</thead>\n<tbody>\n");
        foreach (var row in shape.Table.Rows)
        {
            var heading = row.Cells.Count == 0;
            html.Append("<tr class=\"annual-report__row").Append(heading ? " annual-report__row--heading" : "")
                .Append("\" data-row=\"").Append(Encode(row.Key)).Append("\">");
            if (shape.LabelColumns > 0)
            {
                html.Append("<th scope=\"row\" class=\"annual-report__label annual-report__label--level-")
                    .Append(Math.Clamp(row.Level, 0, 3)).Append("\">").Append(Encode(row.Label)).Append("</th>");
            }

            if (shape.HasUnitColumn)
            {
                html.Append("<td class=\"annual-report__unit\">").Append(Encode(row.Unit)).Append("</td>");
            }

            for (var i = 0; i < shape.Table.Columns.Count; i++)
            {
                if (heading)
                {
                    html.Append("<td class=\"annual-report__value annual-report__value--empty\"></td>");
                    continue;
                }

                var cell = row.Cells[i];
                html.Append("<td class=\"annual-report__value")
                    .Append(cell.Source == CellSource.Missing ? " annual-report__value--missing" : "")
                    .Append("\">").Append(ReportLayout.FormatValue(cell.Value)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
    }

    private static string Encode(string? text) => Encoder.Encode(LetterLayout.Clean(text));
}
