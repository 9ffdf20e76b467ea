using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Web.Features.Accounts;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Catalog;

public static class CatalogEndpoints
{
    public sealed record ColumnDto(int Id, int? ParentId, string Key, string Name, int? UpdateEveryDays, bool SkipApproval, bool HasValidity);

    public sealed record ItemRow(int Id, string? IndexNumber, string Title, int ColumnId, string Status, string StatusLabel, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt);

    public sealed record EventDto(string Action, string Label, DateTimeOffset At, string Actor, string? Comment, int Version);

    public sealed record FindingDto(string Where, string Kind, string Label, string Text, string Masked);

    public sealed record ItemDto(
        int Id, string Agency, int ColumnId, string? IndexNumber, string Title, string Publisher, string? DocumentNumber, DateOnly? WrittenOn,
        DateTimeOffset? PublishedAt, DateTimeOffset? ScheduledAt, string? Topic, string? Keywords, string Validity, DateOnly? EffectiveOn,
        DateOnly? EndedOn, string BodyHtml, string Status, string StatusLabel, string? WithdrawnReason, int Version, int? InterpretsItemId,
        IReadOnlyList<FindingDto> Findings, IReadOnlyList<EventDto> Events, IReadOnlyList<object> Attachments, IReadOnlyList<object> Channels);

    public sealed record OverrideInput(FindingKind? Kind, string? Text, string? Reason);

    public sealed record ChannelInput(PublicationChannel? Channel, DateOnly? On, string? Link);

    public static void MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(TokenAuthenticationHandler.Policy).WithTags("主动公开");

        api.MapGet("/agencies/{code}/catalog/columns", async Task<Results<Ok<List<ColumnDto>>, NotFound>> (
            string code, GongkaiDbContext db, StaffContext me, CatalogService catalog, CancellationToken ct) =>
        {
            var id = await AgencyIdAsync(db, code, ct);
            if (id is null || !await me.CanReadAsync(id.Value, ct))
            {
                return TypedResults.NotFound();
            }

            return TypedResults.Ok((await catalog.ColumnsAsync(id.Value, ct)).Select(ToDto).ToList());
        }).WithSummary("本机关的公开目录栏目（首次访问时建立标准乡镇目录）");

        api.MapPost("/agencies/{code}/catalog/columns", (string code, CatalogService.ColumnInput input, GongkaiDbContext db, CatalogService catalog, CancellationToken ct) =>
            SaveColumnAsync(code, null, input, db, catalog, ct)).WithSummary("新增栏目（机构管理员）");

        api.MapPut("/agencies/{code}/catalog/columns/{id:int}", (string code, int id, CatalogService.ColumnInput input, GongkaiDbContext db, CatalogService catalog, CancellationToken ct) =>
            SaveColumnAsync(code, id, input, db, catalog, ct)).WithSummary("修改栏目名称、上级、更新周期、是否免审批、是否有有效性（机构管理员）");

        api.MapGet("/agencies/{code}/catalog/health", async Task<Results<Ok<IReadOnlyList<ColumnHealth>>, NotFound>> (
            string code, GongkaiDbContext db, StaffContext me, CatalogService catalog, CancellationToken ct) =>
        {
            var id = await AgencyIdAsync(db, code, ct);
            return id is null || !await me.CanReadAsync(id.Value, ct) ? TypedResults.NotFound() : TypedResults.Ok(await catalog.HealthAsync(id.Value, ct));
        }).WithSummary("栏目更新情况：空栏目和超过更新周期的栏目");

        api.MapGet("/agencies/{code}/catalog/items", async Task<Results<Ok<List<ItemRow>>, NotFound>> (
            string code, ItemStatus? status, GongkaiDbContext db, StaffContext me, CancellationToken ct) =>
        {
            var id = await AgencyIdAsync(db, code, ct);
            if (id is null || !await me.CanReadAsync(id.Value, ct))
            {
                return TypedResults.NotFound();
            }

            var q = db.CatalogItems.AsNoTracking().Where(i => i.AgencyId == id.Value);
            if (status is not null)
            {
                q = q.Where(i => i.Status == status);
            }

            var rows = await q.OrderByDescending(i => i.UpdatedAt).Take(500)
                .Select(i => new { i.Id, i.IndexNumber, i.Title, i.ColumnId, i.Status, i.PublishedAt, i.UpdatedAt }).ToListAsync(ct);
            return TypedResults.Ok(rows.Select(i => new ItemRow(i.Id, i.IndexNumber, i.Title, i.ColumnId, i.Status.ToString(), i.Status.Label(), i.PublishedAt, i.UpdatedAt)).ToList());
        }).WithSummary("本机关的公开信息（含草稿和审查中）");

        api.MapPost("/agencies/{code}/catalog/items", async Task<Results<Created<ItemDto>, ValidationProblem, NotFound, ForbidHttpResult>> (
            string code, ItemInput input, GongkaiDbContext db, CatalogService catalog, CancellationToken ct) =>
        {
            var id = await AgencyIdAsync(db, code, ct);
            if (id is null)
            {
                return TypedResults.NotFound();
            }

            var r = await catalog.CreateAsync(id.Value, input, ct);
            return r switch
            {
                { NotFound: true } => TypedResults.NotFound(),
                { Forbidden: true } => TypedResults.Forbid(),
                { Invalid: { } v } => v.ToProblem(),
                _ => TypedResults.Created($"/api/catalog/items/{r.Value!.Id}", ToDto(r.Value, code)),
            };
        }).WithSummary("新建草稿（信息编辑）");

        api.MapGet("/catalog/items/{id:int}", async Task<Results<Ok<ItemDto>, NotFound>> (int id, GongkaiDbContext db, CatalogService catalog, CancellationToken ct) =>
        {
            var item = await catalog.LoadAsync(id, ct);
            return item is null ? TypedResults.NotFound() : TypedResults.Ok(ToDto(item, await AgencyCodeAsync(db, item.AgencyId, ct)));
        }).WithSummary("公开信息详情、检查结果和审查过程");

        api.MapPut("/catalog/items/{id:int}", (int id, ItemInput input, GongkaiDbContext db, CatalogService catalog, CancellationToken ct) =>
            Respond(db, catalog.UpdateAsync(id, input, ct), ct)).WithSummary("修改草稿（信息编辑）");

        api.MapPost("/catalog/items/{id:int}/steps", (int id, ItemStep step, GongkaiDbContext db, CatalogService catalog, CancellationToken ct) =>
            Respond(db, catalog.ActAsync(id, step, ct), ct)).WithSummary("审查流程：提交保密审查、审查通过、审批通过、退回、撤回");

        api.MapPost("/catalog/items/{id:int}/mask", (int id, GongkaiDbContext db, CatalogService catalog, CancellationToken ct) =>
            Respond(db, catalog.MaskAsync(id, ct), ct)).WithSummary("按标准方式遮盖标题和正文中的敏感信息（信息编辑）");

        api.MapPost("/catalog/items/{id:int}/overrides", (int id, OverrideInput input, GongkaiDbContext db, CatalogService catalog, CancellationToken ct) =>
            input.Kind is null
                ? Task.FromResult<Results<Ok<ItemDto>, ValidationProblem, NotFound, ForbidHttpResult>>(new Validation().Add("Kind", "请指明检查项类型。").ToProblem())
                : Respond(db, catalog.OverrideAsync(id, input.Kind.Value, input.Text, input.Reason, ct), ct))
            .WithSummary("保密审查员说明理由后允许公开某项检查结果");

        api.MapPost("/catalog/items/{id:int}/channels", async Task<Results<Ok, ValidationProblem, NotFound, ForbidHttpResult>> (
            int id, ChannelInput input, CatalogService catalog, CancellationToken ct) =>
        {
            var r = await catalog.AddChannelAsync(id, input.Channel, input.On, input.Link, ct);
            return r switch
            {
                { NotFound: true } => TypedResults.NotFound(),
                { Forbidden: true } => TypedResults.Forbid(),
                { Invalid: { } v } => v.ToProblem(),
                _ => TypedResults.Ok(),
            };
        }).WithSummary("记录同一信息在其他渠道的发布（政务微信、微博、公报、公开栏）");

        api.MapPost("/catalog/items/{id:int}/attachments", async Task<Results<Ok, ValidationProblem, NotFound, ForbidHttpResult>> (
            int id, IFormFile? file, CatalogService catalog, CancellationToken ct) =>
        {
            var r = await catalog.AddAttachmentAsync(id, file, ct);
            return r switch
            {
                { NotFound: true } => TypedResults.NotFound(),
                { Forbidden: true } => TypedResults.Forbid(),
                { Invalid: { } v } => v.ToProblem(),
                _ => TypedResults.Ok(),
            };
        }).DisableAntiforgery().WithSummary("上传附件（PDF、DOCX、XLSX、图片，按内容校验）");

        api.MapGet("/agencies/{code}/engagement", async Task<Results<Ok<IReadOnlyList<EngagementRecord>>, NotFound>> (
            string code, GongkaiDbContext db, StaffContext me, CatalogService catalog, CancellationToken ct) =>
        {
            var id = await AgencyIdAsync(db, code, ct);
            return id is null || !await me.CanReadAsync(id.Value, ct) ? TypedResults.NotFound() : TypedResults.Ok(await catalog.EngagementAsync(id.Value, ct));
        }).WithSummary("回应关切、新闻发布会、在线访谈、解读稿件、建议提案复文记录");

        api.MapPost("/agencies/{code}/engagement", async Task<Results<Ok<EngagementRecord>, ValidationProblem, NotFound, ForbidHttpResult>> (
            string code, CatalogService.EngagementInput input, GongkaiDbContext db, CatalogService catalog, CancellationToken ct) =>
        {
            var id = await AgencyIdAsync(db, code, ct);
            var r = id is null ? Outcome<EngagementRecord>.Missing : await catalog.AddEngagementAsync(id.Value, input, ct);
            return r switch
            {
                { NotFound: true } => TypedResults.NotFound(),
                { Forbidden: true } => TypedResults.Forbid(),
                { Invalid: { } v } => v.ToProblem(),
                _ => TypedResults.Ok(r.Value!),
            };
        }).WithSummary("记录一项回应解读或建议提案办理（信息编辑、机构管理员）");

        api.MapGet("/catalog/items/{id:int}/versions", async Task<Results<Ok<IReadOnlyList<ItemVersion>>, NotFound>> (int id, CatalogService catalog, CancellationToken ct) =>
            await catalog.LoadAsync(id, ct) is null ? TypedResults.NotFound() : TypedResults.Ok(await catalog.VersionsAsync(id, ct)))
            .WithSummary("历次版本");
    }

    private static async Task<Results<Ok<ColumnDto>, ValidationProblem, NotFound, ForbidHttpResult>> SaveColumnAsync(
        string code, int? id, CatalogService.ColumnInput input, GongkaiDbContext db, CatalogService catalog, CancellationToken ct)
    {
        var agencyId = await AgencyIdAsync(db, code, ct);
        var r = agencyId is null ? Outcome<CatalogColumn>.Missing : await catalog.SaveColumnAsync(agencyId.Value, id, input, ct);
        return r switch
        {
            { NotFound: true } => TypedResults.NotFound(),
            { Forbidden: true } => TypedResults.Forbid(),
            { Invalid: { } v } => v.ToProblem(),
            _ => TypedResults.Ok(ToDto(r.Value!)),
        };
    }

    private static async Task<Results<Ok<ItemDto>, ValidationProblem, NotFound, ForbidHttpResult>> Respond(GongkaiDbContext db, Task<Outcome<CatalogItem>> task, CancellationToken ct)
    {
        var r = await task;
        return r switch
        {
            { NotFound: true } => TypedResults.NotFound(),
            { Forbidden: true } => TypedResults.Forbid(),
            { Invalid: { } v } => v.ToProblem(),
            _ => TypedResults.Ok(ToDto(r.Value!, await AgencyCodeAsync(db, r.Value!.AgencyId, ct))),
        };
    }

    public static ColumnDto ToDto(CatalogColumn c) => new(c.Id, c.ParentId, c.Key, c.Name, c.UpdateEveryDays, c.SkipApproval, c.HasValidity);

    public static ItemDto ToDto(CatalogItem i, string agency) => new(
        i.Id, agency, i.ColumnId, i.IndexNumber, i.Title, i.Publisher, i.DocumentNumber, i.WrittenOn, i.PublishedAt, i.ScheduledAt, i.Topic,
        i.Keywords, i.Validity.ToString(), i.EffectiveOn, i.EndedOn, i.BodyHtml, i.Status.ToString(), i.Status.Label(), i.WithdrawnReason, i.Version,
        i.InterpretsItemId,
        CatalogService.OpenFindings(i).Select(f => new FindingDto(f.Where, f.Kind.ToString(), f.Label, f.Text, f.Masked)).ToList(),
        i.Events.OrderBy(e => e.Id).Select(e => new EventDto(e.Action.ToString(), e.Action.Label(), e.At, e.Actor, e.Comment, e.Version)).ToList(),
        i.Attachments.Select(a => (object)new { a.Id, a.FileName, a.ContentType, a.Length, a.Sha256 }).ToList(),
        i.Channels.Select(c => (object)new { Channel = c.Channel.ToString(), Label = c.Channel.Label(), c.On, c.Link }).ToList());

    public static Task<int?> AgencyIdAsync(GongkaiDbContext db, string code, CancellationToken ct) =>
        db.Agencies.Where(a => a.Code == code).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);

    private static Task<string> AgencyCodeAsync(GongkaiDbContext db, int agencyId, CancellationToken ct) =>
        db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Code).SingleAsync(ct);
}
