using Gongkai.Web.Features.Accounts;

namespace Gongkai.Web.Features.Requests;

public static class RequestEndpoints
{
    public sealed record ReceiptDto(int Id, string TrackingCode, string QueryKey, string ReceivedOn, string? DueOn, bool DueVerified);

    public sealed record RegisterInput(RequestChannel? Channel, DateOnly? ReceivedOn, RequestInput? Applicant);

    public sealed record EventDto(long Id, string Action, string ActionLabel, string On, string Actor, string? Note, int? Number);

    public sealed record ClockStepDto(string On, string Text);

    public sealed record AttachmentDto(int Id, string FileName, string ContentType, long Length, string Sha256);

    public sealed record RequestDto(
        int Id, string TrackingCode, string Agency, string AgencyCode, string Channel, string ReceivedOn, string Status, string StatusLabel,
        string? Outcome, string? OutcomeLabel, string? DueOn, bool DueVerified, string? Lateness, string ApplicantType, string ApplicantName,
        string? IdDocumentType, string? IdDocumentNumber, string? OrganizationCode, string? ContactPerson, string? Phone, string? Email,
        string? Address, string Subject, string Description, string? Purpose, string Delivery, string? LegalBasis, string? AnswerText,
        string? RedirectedTo, string? DeliveryProof, decimal FeeAmount, IReadOnlyList<string> AllowedActions,
        IReadOnlyList<EventDto> Events, IReadOnlyList<ClockStepDto> Clock, IReadOnlyList<AttachmentDto> Attachments, HandlerHints Hints);

    public static void MapRequestEndpoints(this IEndpointRouteBuilder app)
    {
        // Public: online submission (JSON, no cookies, so no CSRF surface) and tracking, both rate-limited per IP.
        var pub = app.MapGroup("/api/portal").WithTags("依申请公开（公众）").RequireRateLimiting(GongkaiServices.PublicFormsPolicy);
        pub.MapPost("/{agency}/requests", async Task<Results<Created<ReceiptDto>, ValidationProblem, NotFound>> (
            string agency, RequestInput input, AgencyScope scope, RequestIntake intake, CancellationToken ct) =>
        {
            if (await scope.FindAsync(agency, ct) is not { } found)
            {
                return TypedResults.NotFound();
            }

            var r = await intake.SubmitAsync(found.Id, input, RequestChannel.Online, null, "公众（在线申请）", ct);
            return r.Invalid is { } v ? v.ToProblem() : TypedResults.Created($"/api/portal/requests/{r.Value!.TrackingCode}", ToDto(r.Value));
        }).WithSummary("在线提交政府信息公开申请；返回查询码和查询密码（只返回一次）");

        pub.MapGet("/requests/{code}", async Task<Results<Ok<PublicStatus>, NotFound<string>>> (
            string code, string? key, RequestQueries queries, CancellationToken ct) =>
        {
            var s = await queries.TrackAsync(code, key, ct);
            return s is null ? TypedResults.NotFound("查询码或查询密码不正确。") : TypedResults.Ok(s);
        }).WithSummary("凭查询码和查询密码查询办理进度（不含个人信息）");

        var staff = app.MapGroup("/api").RequireAuthorization(TokenAuthenticationHandler.Policy).WithTags("依申请公开");

        staff.MapGet("/agencies/{code}/requests", async Task<Results<Ok<IReadOnlyList<QueueRow>>, NotFound, ForbidHttpResult>> (
            string code, bool? open, AgencyScope scope, RequestQueries queries, CancellationToken ct) =>
        {
            var (agency, check) = await scope.ResolveAsync(code, AgencyAccess.ReadRequests, ct);
            if (agency is null)
            {
                return check == ScopeCheck.NotFound ? TypedResults.NotFound() : TypedResults.Forbid();
            }

            return TypedResults.Ok(await queries.QueueAsync(agency.Id, open ?? false, ct));
        }).WithSummary("本机关申请队列（按期限排序，标出逾期和3个工作日内到期）");

        staff.MapPost("/agencies/{code}/requests", async Task<Results<Created<ReceiptDto>, ValidationProblem, NotFound, ForbidHttpResult>> (
            string code, RegisterInput input, AgencyScope scope, StaffContext me, RequestIntake intake, CancellationToken ct) =>
        {
            var (agency, check) = await scope.ResolveAsync(code, AgencyAccess.HandleRequests, ct);
            if (agency is null)
            {
                return check == ScopeCheck.NotFound ? TypedResults.NotFound() : TypedResults.Forbid();
            }

            if (input.Channel is null || !Enum.IsDefined(input.Channel.Value) || input.Applicant is null)
            {
                var v = new Validation();
                if (input.Channel is null || !Enum.IsDefined(input.Channel.Value))
                {
                    v.Add("Channel", "请选择申请渠道（当面、信函、传真、网络、电子邮件）。");
                }

                return (input.Applicant is null ? v.Add("Applicant", "请填写申请人和所需信息。") : v).ToProblem();
            }

            var s = await me.GetAsync(ct);
            var r = await intake.SubmitAsync(agency.Id, input.Applicant, input.Channel.Value, input.ReceivedOn, s!.UserName, ct);
            return r.Invalid is { } invalid ? invalid.ToProblem() : TypedResults.Created($"/api/requests/{r.Value!.Id}", ToDto(r.Value));
        }).WithSummary("登记当面、信函、传真、电子邮件等渠道收到的申请（依申请经办人）");

        staff.MapGet("/requests/{id:int}", async Task<Results<Ok<RequestDto>, NotFound>> (
            int id, RequestDetails details, CancellationToken ct) =>
        {
            var d = await details.LoadAsync(id, ct);
            return d is null ? TypedResults.NotFound() : TypedResults.Ok(d);
        }).WithSummary("申请详情、办理过程和期限计算说明");

        staff.MapPost("/requests/{id:int}/steps", async Task<Results<Ok<RequestDto>, ValidationProblem, NotFound, ForbidHttpResult>> (
            int id, RequestStep step, ApplyRequestStep apply, RequestDetails details, CancellationToken ct) =>
            await (await apply.ApplyAsync(id, step, ct)).ToResultAsync(async _ => TypedResults.Ok((await details.LoadAsync(id, ct))!)))
            .WithSummary("办理一步：受理、补正、征求意见、延期、收费、答复、送达、办结、撤回、作废（登记错误，须说明原因）");

        staff.MapPut("/requests/{id:int}/intake", async Task<Results<Ok<RequestDto>, ValidationProblem, NotFound, ForbidHttpResult>> (
            int id, IntakeCorrection input, CorrectRequestIntake correct, RequestDetails details, CancellationToken ct) =>
            await (await correct.CorrectAsync(id, input, ct)).ToResultAsync(async _ => TypedResults.Ok((await details.LoadAsync(id, ct))!)))
            .WithSummary("更正登记信息（须说明原因；已开始办理的申请不能更正收到日期）；审计日志保留更正前后的内容");

        staff.MapPost("/requests/{id:int}/attachments", async Task<Results<Ok<AttachmentDto>, ValidationProblem, NotFound, ForbidHttpResult>> (
            int id, IFormFile? file, RequestAttachments attachments, CancellationToken ct) =>
            (await attachments.AddAsync(id, file, ct)).ToOk(RequestDetails.ToDto)).DisableAntiforgery().WithSummary("上传答复附件（PDF、DOCX、XLSX、图片，按内容校验，不超过20MB）");

        staff.MapGet("/requests/{id:int}/attachments/{attachmentId:int}", async Task<Results<FileContentHttpResult, NotFound>> (
            int id, int attachmentId, RequestAttachments attachments, CancellationToken ct) =>
        {
            var a = await attachments.GetAsync(id, attachmentId, ct);
            return a is null ? TypedResults.NotFound() : TypedResults.File(a.Content, a.ContentType, a.FileName);
        }).WithSummary("下载答复附件");

        MapLetters(staff);
    }

    public sealed record TemplateInput(string? Title, string? Body);

    private static void MapLetters(RouteGroupBuilder staff)
    {
        staff.MapGet("/agencies/{code}/letter-templates", async Task<Results<Ok<IReadOnlyList<RequestLetters.TemplateView>>, NotFound, ForbidHttpResult>> (
            string code, AgencyScope scope, RequestLetters letters, CancellationToken ct) =>
        {
            var (agency, check) = await scope.ResolveAsync(code, AgencyAccess.Read, ct);
            if (agency is null)
            {
                return check == ScopeCheck.NotFound ? TypedResults.NotFound() : TypedResults.Forbid();
            }

            return TypedResults.Ok(await letters.TemplatesAsync(agency.Id, ct));
        }).WithSummary("本机关的告知书模板（未修改的为默认模板）");

        staff.MapPut("/agencies/{code}/letter-templates/{kind}", async Task<Results<Ok<RequestLetters.TemplateView>, ValidationProblem, NotFound, ForbidHttpResult>> (
            string code, string kind, TemplateInput input, AgencyScope scope, RequestLetters letters, CancellationToken ct) =>
        {
            var (agency, check) = await scope.ResolveAsync(code, AgencyAccess.Administer, ct);
            if (agency is null || !Enum.TryParse<Gongkai.Documents.Letters.LetterKind>(kind, out var k) || !Enum.IsDefined(k))
            {
                return check == ScopeCheck.Forbidden ? TypedResults.Forbid() : TypedResults.NotFound();
            }

            var r = await letters.SaveTemplateAsync(agency.Id, k, input.Title, input.Body, ct);
            return r.Invalid is { } v ? v.ToProblem() : TypedResults.Ok(r.Value!);
        }).WithSummary("修改告知书模板（机构管理员）；标题和正文都为空时恢复默认");

        staff.MapGet("/requests/{id:int}/letters/{kind}", async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> (
            int id, string kind, string? format, RequestLetters letters, HttpContext http, CancellationToken ct) =>
        {
            var v = new Validation();
            if (!Enum.TryParse<Gongkai.Documents.Letters.LetterKind>(kind, ignoreCase: false, out var k) || !Enum.IsDefined(k))
            {
                v.Add("kind", "告知书类型应为 CorrectionNotice、ExtensionNotice、ThirdPartyConsultation、FeeNotice 或 Answer。");
            }

            if (format is not (null or "docx" or "html"))
            {
                v.Add("format", "format 只能是 docx 或 html。");
            }

            if (!v.IsValid)
            {
                return v.ToProblem();
            }

            var file = await letters.RenderAsync(id, k, format != "html", ct);
            if (format == "html")
            {
                http.Response.Headers.ContentSecurityPolicy = RequestLetters.HtmlPolicy;
            }

            return file is null ? TypedResults.NotFound() : TypedResults.File(file.Content, file.ContentType, file.FileName);
        }).WithSummary("生成告知书（DOCX公文格式或可打印HTML）：补正、延期、征求第三方意见、收费、答复");
    }

    public static ReceiptDto ToDto(IntakeReceipt r) => new(r.Id, r.TrackingCode, r.QueryKey, Iso(r.ReceivedOn), r.DueOn is { } d ? Iso(d) : null, r.DueVerified);

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
