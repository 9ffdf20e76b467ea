using Gongkai.Documents.Reports;

namespace Gongkai.Web.Features.Reports;

/// <summary>A report as a document: DOCX (GB/T 9704 layout), XLSX (one sheet per table), printable HTML or PDF.</summary>
public static class ExportReport
{
    /// <summary>The documents' model of a report view.</summary>
    public static ReportDocumentModel Document(ReportView v) => new(v.Agency.Name, v.Year, v.Report.Overview, v.Report.Problems, v.Report.Other, v.Statistics)
    {
        PublishedOn = v.Standing.PublishedOn,
    };

    /// <summary>The file of <paramref name="ext"/> (docx, xlsx, html, pdf); 404 for anything else, 501 for PDF without Chromium.</summary>
    public static async Task<Results<FileContentHttpResult, ContentHttpResult, ProblemHttpResult, NotFound>> FileAsync(ReportView v, string ext, CancellationToken ct)
    {
        var name = $"{v.Agency.Name}{v.Year}年政府信息公开工作年度报告";
        switch (ext)
        {
            case "docx":
                return TypedResults.File(ReportDocx.Write(Document(v)), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{name}.docx");
            case "xlsx":
                return TypedResults.File(ReportXlsx.Write(v.Statistics, v.Agency.Name, v.Year), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}.xlsx");
            case "html":
                return TypedResults.Content(ReportHtml.Render(Document(v), fullDocument: true), "text/html; charset=utf-8");
            case "pdf":
                if (!ReportPdf.IsAvailable(out _))
                {
                    return TypedResults.Problem(title: "服务器未安装 Chromium，无法生成 PDF。请下载 DOCX，或打开 HTML 版本用浏览器打印为 PDF。", statusCode: StatusCodes.Status501NotImplemented);
                }

                return TypedResults.File(await ReportPdf.PrintAsync(ReportHtml.Render(Document(v), fullDocument: true), ct), "application/pdf", $"{name}.pdf");
            default:
                return TypedResults.NotFound();
        }
    }
}
