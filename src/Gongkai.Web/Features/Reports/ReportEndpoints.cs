using Gongkai.Web.Features.Accounts;
using Gongkai.Web.Features.Requests;

namespace Gongkai.Web.Features.Reports;

/// <summary>The annual report's JSON API: one named handler per route, each returning typed records.</summary>
public static class ReportEndpoints
{
    private const string BadFormat = "format 只能是 2021、2019 或 legacy。";

    public static void MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/agencies/{code}/reports").WithTags("年度报告");
        var read = g.MapGroup("").RequireAuthorization(GongkaiServices.OptionalStaffPolicy);
        var write = g.MapGroup("").RequireAuthorization(TokenAuthenticationHandler.Policy);

        read.MapGet("/{year:int}/statistics", GetStatisticsAsync)
            .WithSummary("年度报告统计表：每一行的稳定键、官方名称和各列数值（已发布的报告公开；草稿仅本机关及上级可见）");
        read.MapGet("/{year:int}", GetReportAsync).WithSummary("年度报告：正文、状态、截止日期、核对结果与发布前须解决的问题");
        write.MapPut("/{year:int}", SaveNarrativeAsync).WithSummary("保存正文（机构管理员）");
        write.MapPut("/{year:int}/figures", SaveFiguresAsync).WithSummary("填报系统无法统计的数据（机构管理员）");
        write.MapPost("/{year:int}/publish", PublishAsync).WithSummary("发布年度报告（核对全部通过或已说明后）");
        read.MapGet("/{year:int}/draft-overview", DraftOverviewAsync).WithSummary("根据统计数据生成“总体情况”初稿");
        read.MapGet("/{year:int}/cells", CellsAsync).WithSummary("统计单元格所计入的记录（逐条下钻）");
        read.MapGet("/{year:int}/export.{ext}", ExportAsync).WithSummary("导出年度报告：docx、xlsx、html、pdf（已发布的报告公开）");
        read.MapGet("/{year:int}/rollup", RollupAsync).WithSummary("上级汇总：各下级机关的报告状态、统计数据及合计");
    }

    private static async Task<Results<Ok<StatisticsJson>, NotFound, ValidationProblem>> GetStatisticsAsync(
        string code, int year, string? format, GetReportHandler reports, CancellationToken ct)
    {
        if (!ReportFormats.TryParse(format, out var f))
        {
            return new Validation().Add("format", BadFormat).ToProblem();
        }

        return await reports.HandleAsync(code, year, f, ct) is { } v ? TypedResults.Ok(StatisticsJson.Of(v)) : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<ReportJson>, NotFound>> GetReportAsync(string code, int year, GetReportHandler reports, CancellationToken ct) =>
        await reports.HandleAsync(code, year, null, ct) is { } v ? TypedResults.Ok(ReportJson.Of(v)) : TypedResults.NotFound();

    private static async Task<Results<Ok<ReportJson>, ValidationProblem, NotFound, ForbidHttpResult>> SaveNarrativeAsync(
        string code, int year, NarrativeInput input, SaveNarrativeHandler handler, CancellationToken ct) =>
        (await handler.HandleAsync(code, year, input, ct)).ToOk(ReportJson.Of);

    private static async Task<Results<Ok<ReportJson>, ValidationProblem, NotFound, ForbidHttpResult>> SaveFiguresAsync(
        string code, int year, Dictionary<string, string?> values, SaveFiguresHandler handler, CancellationToken ct) =>
        (await handler.HandleAsync(code, year, values, ct)).ToOk(ReportJson.Of);

    private static async Task<Results<Ok<ReportJson>, ValidationProblem, NotFound, ForbidHttpResult>> PublishAsync(
        string code, int year, PublishReportHandler handler, CancellationToken ct) =>
        (await handler.HandleAsync(code, year, ct)).ToOk(ReportJson.Of);

    private static async Task<Results<Ok<DraftOverviewJson>, NotFound>> DraftOverviewAsync(
        string code, int year, GetReportHandler reports, DraftOverviewHandler draft, CancellationToken ct) =>
        await reports.ForStaffAsync(code, year, null, ct) is { } v ? TypedResults.Ok(new DraftOverviewJson(await draft.HandleAsync(v, ct))) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<CellRecord>>, NotFound>> CellsAsync(
        string code, int year, string table, string row, string column, string? format, GetReportHandler reports, ReportDrillDown drill, AgencyScope scope, CancellationToken ct)
    {
        if (!ReportFormats.TryParse(format, out var f) || await reports.ForStaffAsync(code, year, f, ct) is not { } v)
        {
            return TypedResults.NotFound();
        }

        var list = await drill.RecordsAsync(v.Statistics, table, row, column, await scope.CanAsync(v.Agency.Id, AgencyAccess.ReadRequests, ct), ct);
        return list is null ? TypedResults.NotFound() : TypedResults.Ok(list);
    }

    private static async Task<Results<FileContentHttpResult, ContentHttpResult, ProblemHttpResult, NotFound>> ExportAsync(
        string code, int year, string ext, string? format, GetReportHandler reports, CancellationToken ct)
    {
        if (!ReportFormats.TryParse(format, out var f) || await reports.HandleAsync(code, year, f, ct) is not { } v)
        {
            return TypedResults.NotFound();
        }

        return await ExportReport.FileAsync(v, ext, ct);
    }

    private static async Task<Results<Ok<RollupJson>, NotFound, ValidationProblem, ProblemHttpResult>> RollupAsync(
        string code, int year, string? format, RollupHandler rollup, CancellationToken ct)
    {
        if (!ReportFormats.TryParse(format, out var f))
        {
            return new Validation().Add("format", BadFormat).ToProblem();
        }

        var r = await rollup.HandleAsync(code, year, f, ct);
        if (r.NotFound)
        {
            return TypedResults.NotFound();
        }

        // A plain 403 (this read endpoint also accepts the cookie, whose forbid would redirect to a page).
        return r.Forbidden
            ? TypedResults.Problem(title: "只有上级监管人员可以查看汇总。", statusCode: StatusCodes.Status403Forbidden)
            : TypedResults.Ok(RollupJson.Of(r.Value!));
    }
}
