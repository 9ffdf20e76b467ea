using Gongkai.Core.Catalog;
using Gongkai.Core.Reports;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Gongkai.Documents.Reports;
using Gongkai.Web.Features.Requests;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports;

/// <summary>A record a cell counts, for the drill-down.</summary>
/// <param name="Kind">request, item, remedy or engagement.</param>
public sealed record CellRecord(string Kind, int Id, string Label, string? Detail, string Link);

public static class ReportEndpoints
{
    /// <summary>Parses the format query value: 2021, 2019 or legacy; null when absent.</summary>
    public static bool TryFormat(string? value, out ReportFormat? format)
    {
        format = value switch
        {
            "2021" => ReportFormat.Format2021,
            "2019" => ReportFormat.Format2019,
            "legacy" => ReportFormat.Legacy,
            _ => null,
        };
        return format is not null || string.IsNullOrEmpty(value);
    }

    public static string FormatCode(ReportFormat f) => f switch
    {
        ReportFormat.Format2021 => "2021",
        ReportFormat.Format2019 => "2019",
        _ => "legacy",
    };

    public static ReportDocumentModel Document(ReportView v) => new(v.Agency.Name, v.Year, v.Report.Overview, v.Report.Problems, v.Report.Other, v.Statistics)
    {
        PublishedOn = v.Report.PublishedAt is { } p ? Gongkai.Core.Calendar.ChinaTime.Day(p) : null,
    };

    public static void MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/agencies/{code}/reports").WithTags("年度报告");
        var read = g.MapGroup("").RequireAuthorization(GongkaiServices.OptionalStaffPolicy);
        var write = g.MapGroup("").RequireAuthorization(Gongkai.Web.Features.Accounts.TokenAuthenticationHandler.Policy);

        read.MapGet("/{year:int}/statistics", async Task<Results<Ok<object>, NotFound, ValidationProblem>> (string code, int year, string? format, ReportService reports, CancellationToken ct) =>
        {
            if (!TryFormat(format, out var f))
            {
                return new Validation().Add("format", "format 只能是 2021、2019 或 legacy。").ToProblem();
            }

            var r = await reports.GetAsync(code, year, f, ct);
            return r.Value is { } v ? TypedResults.Ok(StatisticsJson(v)) : TypedResults.NotFound();
        }).WithSummary("年度报告统计表：每一行的稳定键、官方名称和各列数值（已发布的报告公开；草稿仅本机关及上级可见）");

        read.MapGet("/{year:int}", async Task<Results<Ok<object>, NotFound>> (string code, int year, ReportService reports, CancellationToken ct) =>
        {
            var r = await reports.GetAsync(code, year, null, ct);
            return r.Value is { } v ? TypedResults.Ok(ViewJson(v)) : TypedResults.NotFound();
        }).WithSummary("年度报告：正文、状态、截止日期、核对结果与发布前须解决的问题");

        write.MapPut("/{year:int}", async Task<IResult> (string code, int year, NarrativeInput input, ReportService reports, CancellationToken ct) =>
            Result(await reports.SaveNarrativeAsync(code, year, input, ct))).WithSummary("保存正文（机构管理员）");

        write.MapPut("/{year:int}/figures", async Task<IResult> (string code, int year, Dictionary<string, string?> values, ReportService reports, CancellationToken ct) =>
            Result(await reports.SaveFiguresAsync(code, year, values, ct))).WithSummary("填报系统无法统计的数据（机构管理员）");

        write.MapPost("/{year:int}/publish", async Task<IResult> (string code, int year, ReportService reports, CancellationToken ct) =>
            Result(await reports.PublishAsync(code, year, ct))).WithSummary("发布年度报告（核对全部通过或已说明后）");

        read.MapGet("/{year:int}/draft-overview", async Task<Results<Ok<object>, NotFound>> (string code, int year, ReportService reports, StaffContext me, CancellationToken ct) =>
        {
            var r = await reports.GetAsync(code, year, null, ct);
            if (r.Value is not { } v || !await me.CanReadAsync(v.Agency.Id, ct))
            {
                return TypedResults.NotFound();
            }

            return TypedResults.Ok<object>(new { text = await reports.DraftOverviewAsync(v.Agency, v.Report, ct) });
        }).WithSummary("根据统计数据生成“总体情况”初稿");

        read.MapGet("/{year:int}/cells", async Task<Results<Ok<IReadOnlyList<CellRecord>>, NotFound>> (string code, int year, string table, string row, string column, string? format,
            ReportService reports, ReportDrillDown drill, StaffContext me, CancellationToken ct) =>
        {
            if (!TryFormat(format, out var f))
            {
                return TypedResults.NotFound();
            }

            var r = await reports.GetAsync(code, year, f, ct);
            if (r.Value is not { } v || !await me.CanReadAsync(v.Agency.Id, ct))
            {
                return TypedResults.NotFound();
            }

            var list = await drill.RecordsAsync(v.Statistics, table, row, column, await me.CanReadRequestsAsync(v.Agency.Id, ct), ct);
            return list is null ? TypedResults.NotFound() : TypedResults.Ok(list);
        }).WithSummary("统计单元格所计入的记录（逐条下钻）");

        read.MapGet("/{year:int}/export.{ext}", async Task<IResult> (string code, int year, string ext, string? format, ReportService reports, CancellationToken ct) =>
        {
            if (!TryFormat(format, out var f))
            {
                return TypedResults.NotFound();
            }

            var r = await reports.GetAsync(code, year, f, ct);
            if (r.Value is not { } v)
            {
                return TypedResults.NotFound();
            }

            var name = $"{v.Agency.Name}{year}年政府信息公开工作年度报告";
            switch (ext)
            {
                case "docx":
                    return TypedResults.File(ReportDocx.Write(Document(v)), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{name}.docx");
                case "xlsx":
                    return TypedResults.File(ReportXlsx.Write(v.Statistics, v.Agency.Name, year), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}.xlsx");
                case "html":
                    return TypedResults.Content(ReportHtml.Render(Document(v), fullDocument: true), "text/html; charset=utf-8");
                case "pdf":
                    if (!ReportPdf.IsAvailable(out _))
                    {
                        return TypedResults.Problem(title: "服务器未安装 Chromium，无法生成 PDF。请下载 DOCX，或打开 HTML 版本用浏览器打印为 PDF。", statusCode: 501);
                    }

                    return TypedResults.File(await ReportPdf.PrintAsync(ReportHtml.Render(Document(v), fullDocument: true), ct), "application/pdf", $"{name}.pdf");
                default:
                    return TypedResults.NotFound();
            }
        }).WithSummary("导出年度报告：docx、xlsx、html、pdf（已发布的报告公开）");

        read.MapGet("/{year:int}/rollup", async Task<IResult> (string code, int year, string? format, ReportService reports, CancellationToken ct) =>
        {
            if (!TryFormat(format, out var f))
            {
                return new Validation().Add("format", "format 只能是 2021、2019 或 legacy。").ToProblem();
            }

            var r = await reports.RollupAsync(code, year, f, ct);
            if (r.NotFound)
            {
                return TypedResults.NotFound();
            }

            if (r.Forbidden)
            {
                // A plain 403 (this read endpoint also accepts the cookie, whose forbid would redirect to a page).
                return TypedResults.Problem(title: "只有上级监管人员可以查看汇总。", statusCode: StatusCodes.Status403Forbidden);
            }

            var (rows, sum) = r.Value;
            return TypedResults.Ok(new
            {
                agencies = rows.Select(x => new
                {
                    code = x.Agency.Code, name = x.Agency.Name, status = x.Status?.ToString() ?? "NotStarted", timing = x.Timing.ToString(), dueOn = x.DueOn,
                    publishedAt = x.PublishedAt, statistics = Tables(x.Statistics),
                }),
                sum = Tables(sum),
                checks = sum.Checks,
            });
        }).WithSummary("上级汇总：各下级机关的报告状态、统计数据及合计");
    }

    private static IResult Result(Outcome<ReportView> r) =>
        r.NotFound ? TypedResults.NotFound()
        : r.Forbidden ? TypedResults.Forbid()
        : r.Invalid is { } v ? v.ToProblem()
        : TypedResults.Ok(ViewJson(r.Value!));

    private static object ViewJson(ReportView v) => new
    {
        agency = v.Agency.Code,
        agencyName = v.Agency.Name,
        year = v.Year,
        format = FormatCode(v.Report.Format),
        periodFrom = v.Report.PeriodFrom,
        periodTo = v.Report.PeriodTo,
        status = v.Report.Status.ToString(),
        publishedAt = v.Report.PublishedAt,
        publishedBy = v.Report.PublishedBy,
        dueOn = v.DueOn,
        timing = v.Timing.ToString(),
        daysLeft = v.DaysLeft,
        overview = v.Report.Overview,
        problems = v.Report.Problems,
        other = v.Report.Other,
        checkNotes = v.Report.CheckNotes,
        checks = v.Statistics.Checks,
        unexplained = v.UnexplainedFailures.Select(c => c.Rule),
        publishBlockers = v.PublishBlockers,
        manualFields = v.ManualFields,
        canEdit = v.CanEdit,
    };

    private static object StatisticsJson(ReportView v) => new
    {
        agency = v.Agency.Code,
        agencyName = v.Agency.Name,
        year = v.Year,
        format = FormatCode(v.Statistics.Format),
        period = new { from = v.Statistics.Period.From, to = v.Statistics.Period.To },
        status = v.Report.Status.ToString(),
        frozen = v.Frozen,
        tables = Tables(v.Statistics),
        checks = v.Statistics.Checks.Select(c => new { c.Rule, c.Passed, c.Message }),
    };

    private static object Tables(ReportStatistics s) => s.Tables.Select(t => new
    {
        key = t.Key,
        title = t.Title,
        columns = t.Columns,
        rows = t.Rows.Select(r => new
        {
            key = r.Key,
            label = r.Label,
            level = r.Level,
            unit = r.Unit,
            values = r.Cells.ToDictionary(c => c.Column, c => c.Value),
            sources = r.Cells.Where(c => c.Source != CellSource.Computed).ToDictionary(c => c.Column, c => new { source = c.Source.ToString(), c.Provenance }),
        }),
    });
}

/// <summary>Resolves a cell's record ids into the records, with links into the back office.</summary>
public sealed class ReportDrillDown(GongkaiDbContext db)
{
    /// <summary>What a row counts, by its key.</summary>
    public static string KindOf(string rowKey) =>
        rowKey.StartsWith("t2.", StringComparison.Ordinal) || rowKey.StartsWith("legacy.proactive", StringComparison.Ordinal) ? "item"
        : rowKey.StartsWith("t4.", StringComparison.Ordinal) || rowKey.StartsWith("legacy.reconsideration", StringComparison.Ordinal)
          || rowKey.StartsWith("legacy.litigation", StringComparison.Ordinal) || rowKey.StartsWith("legacy.complaints", StringComparison.Ordinal) ? "remedy"
        : rowKey.StartsWith("legacy.response", StringComparison.Ordinal) ? "engagement"
        : "request";

    /// <summary>The records behind a cell; requests show only their number to staff who may not read requests (条例 privacy:
    /// only 依申请经办人, supervisors and platform admins see requests).</summary>
    public async Task<IReadOnlyList<CellRecord>?> RecordsAsync(ReportStatistics stats, string table, string row, string column, bool canReadRequests, CancellationToken ct)
    {
        var t = stats.Tables.FirstOrDefault(x => x.Key == table);
        var r = t?.Rows.FirstOrDefault(x => x.Key == row);
        var cell = r?.Cells.FirstOrDefault(c => c.Column == column);
        if (cell is null)
        {
            return null;
        }

        var ids = cell.RecordIds.ToList();
        switch (KindOf(row))
        {
            case "item":
                return (await db.CatalogItems.AsNoTracking().Where(i => ids.Contains(i.Id)).OrderBy(i => i.PublishedAt)
                        .Select(i => new { i.Id, i.Title, i.IndexNumber, i.PublishedAt, i.Status }).ToListAsync(ct))
                    .Select(i => new CellRecord("item", i.Id, i.Title, $"{i.IndexNumber} {(i.PublishedAt is { } p ? Gongkai.Core.Calendar.ChinaTime.Day(p).ToString("yyyy-MM-dd") : "未发布")}", $"/admin/catalog/{i.Id}"))
                    .ToList();
            case "remedy":
                return (await db.RemedyCases.AsNoTracking().Where(x => ids.Contains(x.Id)).OrderBy(x => x.FiledOn).ToListAsync(ct))
                    .Select(x => new CellRecord("remedy", x.Id, $"{x.Kind.Label()} {x.CaseNumber}", $"{x.FiledOn:yyyy-MM-dd} {x.Result.Label()}", "/admin/remedies"))
                    .ToList();
            case "engagement":
                return (await db.EngagementRecords.AsNoTracking().Where(x => ids.Contains(x.Id)).OrderBy(x => x.On).ToListAsync(ct))
                    .Select(x => new CellRecord("engagement", x.Id, x.Title, $"{x.On:yyyy-MM-dd} {x.Kind.Label()}", "/admin/engagement"))
                    .ToList();
            default:
                if (!canReadRequests)
                {
                    return ids.Select(id => new CellRecord("request", id, $"依申请公开申请 #{id}", "（仅依申请经办人和上级可查看详情）", "")).ToList();
                }

                return (await db.Requests.AsNoTracking().Where(x => ids.Contains(x.Id)).OrderBy(x => x.ReceivedOn)
                        .Select(x => new { x.Id, x.TrackingCode, x.Subject, x.ReceivedOn, x.Status }).ToListAsync(ct))
                    .Select(x => new CellRecord("request", x.Id, $"{x.TrackingCode} {x.Subject}", $"收到 {x.ReceivedOn:yyyy-MM-dd}", $"/admin/requests/{x.Id}"))
                    .ToList();
        }
    }
}
