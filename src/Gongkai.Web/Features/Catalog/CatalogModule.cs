using Gongkai.Web.Features.Accounts;

namespace Gongkai.Web.Features.Catalog;

/// <summary>
/// The 主动公开 feature: its services (one handler per use case, the background publisher) and its JSON API. Each
/// endpoint loads, authorizes and calls the aggregate through its handler, then maps the outcome to a typed result.
/// </summary>
public static class CatalogModule
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddHostedService<ScheduledPublisher>();
        services.AddUseCasesOf(typeof(CatalogModule));
        return services;
    }

    public static IEndpointRouteBuilder MapCatalog(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(TokenAuthenticationHandler.Policy).WithTags("主动公开");

        api.MapGet("/agencies/{code}/catalog/columns", GetColumnsAsync).WithSummary("本机关的公开目录栏目（建立机构时即有标准乡镇目录；只读）");
        api.MapPost("/agencies/{code}/catalog/columns", (string code, ColumnInput input, CatalogQueries queries, SaveColumnHandler handler, CancellationToken ct) =>
            SaveColumnAsync(code, null, input, queries, handler, ct)).WithSummary("新增栏目（机构管理员）");
        api.MapPut("/agencies/{code}/catalog/columns/{id:int}", (string code, int id, ColumnInput input, CatalogQueries queries, SaveColumnHandler handler, CancellationToken ct) =>
            SaveColumnAsync(code, id, input, queries, handler, ct)).WithSummary("修改栏目名称、上级、更新周期、是否免审批、是否有有效性（机构管理员）");
        api.MapGet("/agencies/{code}/catalog/health", GetHealthAsync).WithSummary("栏目更新情况：空栏目和超过更新周期的栏目");
        api.MapGet("/agencies/{code}/catalog/items", GetItemsAsync).WithSummary("本机关的公开信息（含草稿和审查中）");
        api.MapPost("/agencies/{code}/catalog/items", CreateItemAsync).WithSummary("新建草稿（信息编辑）");
        api.MapGet("/catalog/items/{id:int}", GetItemAsync).WithSummary("公开信息详情、检查结果和审查过程");
        api.MapPut("/catalog/items/{id:int}", (int id, ItemInput input, UpdateItemHandler handler, CatalogQueries queries, CancellationToken ct) =>
            ItemResultAsync(handler.HandleAsync(id, input, ct), queries, ct)).WithSummary("修改草稿（信息编辑）");
        api.MapPost("/catalog/items/{id:int}/steps", (int id, ItemStep step, ActOnItemHandler handler, CatalogQueries queries, CancellationToken ct) =>
            ItemResultAsync(handler.HandleAsync(id, step, ct), queries, ct)).WithSummary("审查流程：提交保密审查、审查通过、审批通过、退回、撤回、不予公开");
        api.MapPost("/catalog/items/{id:int}/mask", (int id, MaskFindingsHandler handler, CatalogQueries queries, CancellationToken ct) =>
            ItemResultAsync(handler.HandleAsync(id, ct), queries, ct)).WithSummary("按标准方式遮盖标题和正文中的个人信息（信息编辑；密级标识不能遮盖）");
        api.MapPost("/catalog/items/{id:int}/overrides", (int id, OverrideInput input, OverrideFindingHandler handler, CatalogQueries queries, CancellationToken ct) =>
            ItemResultAsync(handler.HandleAsync(id, input, ct), queries, ct)).WithSummary("保密审查员说明理由后允许公开某项检查结果（密级标识除外）");
        api.MapPost("/catalog/items/{id:int}/channels", async Task<Results<Ok, ValidationProblem, NotFound, ForbidHttpResult>> (
            int id, ChannelInput input, AddChannelHandler handler, CancellationToken ct) => await OkResultAsync(await handler.HandleAsync(id, input, ct)))
            .WithSummary("记录同一信息在其他渠道的发布（政务微信、微博、公报、公开栏）");
        api.MapPost("/catalog/items/{id:int}/attachments", async Task<Results<Ok, ValidationProblem, NotFound, ForbidHttpResult>> (
            int id, IFormFile? file, AddAttachmentHandler handler, CancellationToken ct) => await OkResultAsync(await handler.HandleAsync(id, file, ct)))
            .DisableAntiforgery().WithSummary("上传附件（PDF、DOCX、XLSX、图片，按内容校验）");
        api.MapGet("/agencies/{code}/engagement", GetEngagementAsync).WithSummary("回应关切、新闻发布会、在线访谈、解读稿件、建议提案复文记录");
        api.MapPost("/agencies/{code}/engagement", AddEngagementAsync).WithSummary("记录一项回应解读或建议提案办理（信息编辑、机构管理员）");
        api.MapGet("/catalog/items/{id:int}/versions", GetVersionsAsync).WithSummary("历次版本");
        return app;
    }

    private static async Task<Results<Ok<List<ColumnDto>>, NotFound>> GetColumnsAsync(string code, AgencyScope scope, CatalogQueries queries, CancellationToken ct) =>
        await ReadableAgencyAsync(code, scope, queries, ct) is { } id
            ? TypedResults.Ok((await queries.ColumnsAsync(id, ct)).Select(ColumnDto.From).ToList())
            : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<ColumnHealth>>, NotFound>> GetHealthAsync(string code, AgencyScope scope, CatalogQueries queries, CancellationToken ct) =>
        await ReadableAgencyAsync(code, scope, queries, ct) is { } id ? TypedResults.Ok(await queries.HealthAsync(id, ct)) : TypedResults.NotFound();

    private static async Task<Results<Ok<List<ItemRow>>, NotFound>> GetItemsAsync(
        string code, ItemStatus? status, AgencyScope scope, CatalogQueries queries, CancellationToken ct) =>
        await ReadableAgencyAsync(code, scope, queries, ct) is { } id ? TypedResults.Ok(await queries.ItemsAsync(id, status, ct)) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<EngagementRecord>>, NotFound>> GetEngagementAsync(
        string code, AgencyScope scope, CatalogQueries queries, CancellationToken ct) =>
        await ReadableAgencyAsync(code, scope, queries, ct) is { } id ? TypedResults.Ok(await queries.EngagementAsync(id, ct)) : TypedResults.NotFound();

    private static async Task<Results<Ok<ItemDto>, NotFound>> GetItemAsync(int id, CatalogQueries queries, CancellationToken ct) =>
        await queries.ItemAsync(id, ct) is { } item ? TypedResults.Ok(ItemDto.From(item, await queries.AgencyAsync(item.AgencyId, ct))) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<ItemVersion>>, NotFound>> GetVersionsAsync(int id, CatalogQueries queries, CancellationToken ct) =>
        await queries.ItemAsync(id, ct) is null ? TypedResults.NotFound() : TypedResults.Ok(await queries.VersionsAsync(id, ct));

    private static async Task<Results<Created<ItemDto>, ValidationProblem, NotFound, ForbidHttpResult>> CreateItemAsync(
        string code, ItemInput input, CatalogQueries queries, CreateItemHandler handler, CancellationToken ct)
    {
        var agencyId = await queries.AgencyIdAsync(code, ct);
        var r = agencyId is null ? Outcome<CatalogItem>.Missing : await handler.HandleAsync(agencyId.Value, input, ct);
        return await r.ToResultAsync(async item =>
            TypedResults.Created($"/api/catalog/items/{item.Id}", ItemDto.From(item, await queries.AgencyAsync(item.AgencyId, ct))));
    }

    private static async Task<Results<Ok<EngagementRecord>, ValidationProblem, NotFound, ForbidHttpResult>> AddEngagementAsync(
        string code, EngagementInput input, CatalogQueries queries, AddEngagementHandler handler, CancellationToken ct)
    {
        var agencyId = await queries.AgencyIdAsync(code, ct);
        var r = agencyId is null ? Outcome<EngagementRecord>.Missing : await handler.HandleAsync(agencyId.Value, input, ct);
        return r.ToResult(e => TypedResults.Ok(e));
    }

    private static async Task<Results<Ok<ColumnDto>, ValidationProblem, NotFound, ForbidHttpResult>> SaveColumnAsync(
        string code, int? id, ColumnInput input, CatalogQueries queries, SaveColumnHandler handler, CancellationToken ct)
    {
        var agencyId = await queries.AgencyIdAsync(code, ct);
        var r = agencyId is null ? Outcome<CatalogColumn>.Missing : await handler.HandleAsync(agencyId.Value, id, input, ct);
        return r.ToResult(c => TypedResults.Ok(ColumnDto.From(c)));
    }

    private static async Task<Results<Ok<ItemDto>, ValidationProblem, NotFound, ForbidHttpResult>> ItemResultAsync(
        Task<Outcome<CatalogItem>> handled, CatalogQueries queries, CancellationToken ct) =>
        await (await handled).ToResultAsync(async item => TypedResults.Ok(ItemDto.From(item, await queries.AgencyAsync(item.AgencyId, ct))));

    private static Task<Results<Ok, ValidationProblem, NotFound, ForbidHttpResult>> OkResultAsync<T>(Outcome<T> r) =>
        Task.FromResult(r.ToResult(_ => TypedResults.Ok()));

    private static async Task<int?> ReadableAgencyAsync(string code, AgencyScope scope, CatalogQueries queries, CancellationToken ct) =>
        (await scope.ResolveAsync(code, AgencyAccess.Read, ct)).Agency?.Id;
}
