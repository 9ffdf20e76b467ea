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

    /// <summary>
    /// The text of a DOCX, XLSX or PDF (for the scan and search); null for formats we cannot read (images, scanned PDFs
    /// without a text layer, PDFs on a machine without poppler's <c>pdftotext</c>).
    /// </summary>
    public static string? ExtractText(string ext, byte[] content)
    {
        if (ext.Equals(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return PdfText(content);
        }

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

    /// <summary>Where poppler's pdftotext is, if installed (./test.sh installs it; the app works without it).</summary>
    public static string? PdfToText { get; } = new[] { "/usr/bin/pdftotext", "/usr/local/bin/pdftotext" }.FirstOrDefault(File.Exists);

    private const int MaxPdfTextChars = 2_000_000;

    /// <summary>
    /// The PDF's text layer via pdftotext (no shell, a temp file, 20 s at most, output capped). A PDF is untrusted input:
    /// poppler parses it in its own process, so a crash or a hang costs only the extraction.
    /// </summary>
    private static string? PdfText(byte[] content)
    {
        if (PdfToText is null)
        {
            return null;
        }

        var file = Path.Combine(Path.GetTempPath(), $"gongkai-pdf-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(file, content);
            var start = new System.Diagnostics.ProcessStartInfo(PdfToText, ["-enc", "UTF-8", "-q", file, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
            };
            using var p = System.Diagnostics.Process.Start(start);
            if (p is null)
            {
                return null;
            }

            var read = p.StandardOutput.ReadToEndAsync();
            _ = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromSeconds(20)))
            {
                p.Kill(entireProcessTree: true);
                return null;
            }

            var text = read.GetAwaiter().GetResult().Replace("\f", "\n", StringComparison.Ordinal).Trim();
            return p.ExitCode != 0 || text.Length == 0 ? null : text.Length > MaxPdfTextChars ? text[..MaxPdfTextChars] : text;
        }
        catch (Exception e) when (e is IOException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null;
        }
        finally
        {
            File.Delete(file);
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
