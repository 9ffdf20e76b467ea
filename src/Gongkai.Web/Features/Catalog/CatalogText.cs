using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Gongkai.Web.Features.Catalog;

/// <summary>Item bodies: sanitized HTML for the page, plain text for the scan, search and feeds; attachment text.</summary>
public static class CatalogText
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    public static string PlainText(string html)
    {
        var doc = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        foreach (var block in doc.QuerySelectorAll("p, div, br, li, tr, h1, h2, h3, h4, h5, h6, td, th"))
        {
            // Keep block boundaries so a name and an ID number in adjacent cells do not run together.
            block.Append(doc.CreateTextNode(block.LocalName is "td" or "th" ? "\t" : "\n"));
        }

        return (doc.Body?.TextContent ?? "").Trim();
    }

    /// <summary>The text of a DOCX or XLSX (for the scan and search); null for formats we cannot read (images, PDF).</summary>
    public static string? ExtractText(string ext, byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            var sb = new StringBuilder();
            var parts = ext.Equals(".docx", StringComparison.OrdinalIgnoreCase)
                ? zip.Entries.Where(e => e.FullName is "word/document.xml" || e.FullName.StartsWith("word/header", StringComparison.Ordinal) || e.FullName.StartsWith("word/footer", StringComparison.Ordinal))
                : ext.Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
                    ? zip.Entries.Where(e => e.FullName is "xl/sharedStrings.xml" || e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal))
                    : [];
            foreach (var entry in parts)
            {
                using var stream = entry.Open();
                var xml = XDocument.Load(stream);
                foreach (var el in xml.Descendants())
                {
                    var name = el.Name.LocalName;
                    if (name is "t" or "v" && !el.HasElements)
                    {
                        sb.Append(el.Value).Append(name == "v" ? "\t" : "");
                    }
                    else if (name is "p" or "row" or "si")
                    {
                        sb.Append('\n');
                    }
                    else if (name is "tab" or "c")
                    {
                        sb.Append('\t');
                    }
                }
            }

            return sb.Length == 0 ? null : sb.ToString();
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException)
        {
            return null;
        }
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var s = new HtmlSanitizer();
        s.AllowedSchemes.Clear();
        s.AllowedSchemes.Add("https");
        s.AllowedSchemes.Add("http");
        s.AllowedSchemes.Add("mailto");
        s.AllowedAttributes.Remove("style");
        s.AllowedTags.Remove("img"); // images go in as attachments, checked by content
        return s;
    }
}
