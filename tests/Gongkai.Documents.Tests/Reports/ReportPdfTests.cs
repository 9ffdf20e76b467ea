using System.Diagnostics;
using System.Text;
using Gongkai.Core.Reports;
using Gongkai.Documents.Reports;

namespace Gongkai.Documents.Tests.Reports;

public sealed class ReportPdfTests
{
    private static async Task<string> PdfToText(byte[] pdf, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gongkai-report-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(path, pdf, ct);
            var start = new ProcessStartInfo("pdftotext")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
            };
            foreach (var argument in (string[])["-layout", "-enc", "UTF-8", path, "-"])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var text = await process.StandardOutput.ReadToEndAsync(ct);
            var errors = await process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            Assert.True(process.ExitCode == 0, "pdftotext: " + errors);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static bool PdfToTextInstalled() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, "pdftotext")));

    [Fact]
    public async Task Prints_the_full_html_to_a_pdf_whose_text_has_the_titles_labels_and_agency()
    {
        if (!ReportPdf.IsAvailable(out var chromium))
        {
            Assert.Skip($"Chromium 不可用（/usr/bin/chromium、chromium-browser、google-chrome 或环境变量 {ReportPdf.ChromiumVariable}），跳过 PDF 打印测试。");
        }

        if (!PdfToTextInstalled())
        {
            Assert.Skip("未安装 pdftotext（poppler-utils），无法读取 PDF 文本。");
        }

        Assert.True(File.Exists(chromium));
        var ct = TestContext.Current.CancellationToken;
        var model = ReportSamples.Model(ReportFormat.Format2021);

        var pdf = await ReportPdf.PrintAsync(ReportHtml.Render(model, fullDocument: true), ct);

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        var text = await PdfToText(pdf, ct);
        Assert.Contains(ReportSamples.Agency, text);
        Assert.Contains("一、总体情况", text);
        Assert.Contains("二、主动公开政府信息情况", text);
        Assert.Contains("第二十条第（一）项", text);
        Assert.Contains("三、收到和处理政府信息公开申请情况", text);
        Assert.Contains("四、政府信息公开行政复议、行政诉讼情况", text);
        Assert.Contains("（一）予以公开", text);
        Assert.Contains("1.属于国家秘密", text);
        Assert.Contains("申请人情况", text);
        Assert.Contains("未经复议直接起诉", text);
        Assert.Contains("六、其他需要报告的事项", text);
        Assert.Contains("2026年1月20日", text);
    }
}
