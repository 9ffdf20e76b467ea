using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Gongkai.Documents.Letters;

/// <summary>
/// Renders a reply letter as one self-contained HTML5 page that prints like the DOCX (<see cref="LetterDocx"/>): A4 with
/// the GB/T 9704 margins, 三号仿宋 on a 28 pt line, and "— 1 —" page numbers where the browser supports page-margin boxes.
/// </summary>
public static class LetterHtml
{
    // Every CJK range stays readable in the source; markup characters (<, >, &, quotes) are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // Latin letters and digits in Times New Roman as in the DOCX, but only U+0000–00FF: curly quotes, dashes and ellipses
    // then fall through to the Chinese face, like Word's eastAsia font hint.
    private const string Css = """
        @font-face {
          font-family: "Gongkai Latin";
          src: local("Times New Roman"), local("TimesNewRomanPSMT"), local("Liberation Serif"), local("Tinos");
          unicode-range: U+0000-00FF;
        }
        @page {
          size: A4;
          margin: 37mm 26mm 35mm 28mm;
          @bottom-center {
            content: "— " counter(page) " —";
            font: 14pt "宋体", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", serif;
            vertical-align: top;
            padding-top: 7mm;
          }
        }
        html { background: #e8e8e8; }
        body { margin: 0; }
        .letter {
          box-sizing: border-box;
          width: 210mm;
          min-height: 297mm;
          margin: 8mm auto;
          padding: 37mm 26mm 35mm 28mm;
          background: #fff;
          color: #000;
          font-family: "Gongkai Latin", "仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif;
          font-size: 16pt;
          line-height: 28pt;
          text-align: justify;
        }
        .letter p { margin: 0; min-height: 28pt; overflow-wrap: anywhere; }
        .letter h1 {
          margin: 0;
          font-family: "Gongkai Latin", "方正小标宋简体", "FZXiaoBiaoSong-B05S", "小标宋", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif;
          font-size: 22pt;
          font-weight: normal;
          line-height: 36pt;
          text-align: center;
        }
        .letter .number { text-align: center; }
        .letter .salutation { text-align: left; }
        .letter .body, .letter .note { text-indent: 2em; }
        .letter .h1 { text-indent: 2em; font-family: "Gongkai Latin", "黑体", "SimHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
        .letter .h2 { text-indent: 2em; font-family: "Gongkai Latin", "楷体_GB2312", "楷体", "KaiTi", "STKaiti", serif; }
        .letter .attachment { text-align: left; padding-left: 5em; text-indent: -3em; }
        .letter .attachment.numbered { padding-left: 6em; text-indent: -4em; }
        .letter .attachment.more { text-indent: -1em; }
        .letter .signature, .letter .date { text-align: right; }
        .letter .keep { break-after: avoid; page-break-after: avoid; }
        @media print {
          html { background: none; }
          .letter { width: auto; min-height: 0; margin: 0; padding: 0; }
        }
        """;

    /// <summary>
    /// Returns a complete HTML document (lang="zh-CN", UTF-8) for <paramref name="model"/>; every value from the model is
    /// HTML-encoded, so names and bodies typed by applicants cannot inject markup.
    /// </summary>
    public static string Render(LetterModel model)
    {
        ArgumentNullException.ThrowIfNull(model);

        var blocks = LetterLayout.Compose(model);
        var numbered = blocks.Any(b => b.Kind == BlockKind.AttachmentMore);
        var title = LetterLayout.Title(model);

        var html = new StringBuilder(4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"author\" content=\"").Append(Encode(model.AgencyName)).Append("\">\n");
        html.Append("<title>").Append(Encode(title)).Append("</title>\n");
        html.Append("<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n<main class=\"letter\">\n");

        var keepWithNext = LetterLayout.KeepWithNext(blocks);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var keep = keepWithNext[i];
            var text = Encode(block.Text);
            switch (block.Kind)
            {
                case BlockKind.Title:
                    html.Append("<h1>").Append(text).Append("</h1>\n");
                    break;
                case BlockKind.Signature or BlockKind.Date:
                    html.Append("<p class=\"").Append(block.Kind == BlockKind.Signature ? "signature" : "date")
                        .Append(keep ? " keep" : "")
                        .Append("\" style=\"padding-right: ").Append(block.RightIndentHalfChars / 2)
                        .Append(block.RightIndentHalfChars % 2 == 0 ? "" : ".5").Append("em\">")
                        .Append(text).Append("</p>\n");
                    break;
                default:
                    var css = block.Kind switch
                    {
                        BlockKind.DocumentNumber => "number",
                        BlockKind.Salutation => "salutation",
                        BlockKind.Heading1 => "h1",
                        BlockKind.Heading2 => "h2",
                        BlockKind.AttachmentFirst => numbered ? "attachment numbered" : "attachment",
                        BlockKind.AttachmentMore => "attachment numbered more",
                        BlockKind.Note => "note",
                        BlockKind.Blank => "blank",
                        _ => "body",
                    };
                    html.Append("<p class=\"").Append(css).Append(keep ? " keep" : "").Append("\">")
                        .Append(text).Append("</p>\n");
                    break;
            }
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Encode(string? text) => Encoder.Encode(LetterLayout.Clean(text));
}
