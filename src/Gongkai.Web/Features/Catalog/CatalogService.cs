using System.Globalization;
using System.Security.Cryptography;
using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Web.Features.Portal;
using Gongkai.Web.Features.Requests;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Catalog;

public sealed record ItemInput(
    int? ColumnId, string? Title, string? Publisher, string? DocumentNumber, DateOnly? WrittenOn, string? Topic, string? Keywords,
    Validity? Validity, DateOnly? EffectiveOn, DateOnly? EndedOn, string? BodyHtml, DateTimeOffset? ScheduledAt, int? InterpretsItemId);

/// <summary>A step of the review chain. <see cref="WithFindings"/>: submit despite scan findings, for the reviewer to decide.</summary>
public sealed record ItemStep(ItemAction Action, string? Comment, bool WithFindings = false);

/// <summary>A scan finding that still blocks publication (neither masked nor overridden).</summary>
public sealed record OpenFinding(string Where, FindingKind Kind, string Label, string Text, string Masked);

/// <summary>
/// The 主动公开 back office: drafts, the review chain ("先审查、后发布", "谁审查、谁负责"), the pre-publication scan
/// ("涉密不上网", personal data), 索引号 at first publication, channels and withdrawal. Every write is audited.
/// </summary>
public sealed class CatalogService(GongkaiDbContext db, StaffContext me, TimeProvider clock, IOutputCacheStore cache)
{
    public async Task<CatalogItem?> LoadAsync(int id, CancellationToken ct)
    {
        var item = await db.CatalogItems.Include(i => i.Events).Include(i => i.Attachments).Include(i => i.Channels).Include(i => i.ScanOverrides)
            .AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, ct);
        return item is not null && await me.CanReadAsync(item.AgencyId, ct) ? item : null;
    }

    /// <summary>The agency's columns, creating the standard township catalog the first time (audited as the current user).</summary>
    public async Task<IReadOnlyList<CatalogColumn>> ColumnsAsync(int agencyId, CancellationToken ct)
    {
        if (!await db.CatalogColumns.AnyAsync(c => c.AgencyId == agencyId, ct))
        {
            await SeedStandardColumnsAsync(db, agencyId, ct);
        }

        return await db.CatalogColumns.AsNoTracking().Where(c => c.AgencyId == agencyId).OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(ct);
    }

    public static async Task SeedStandardColumnsAsync(GongkaiDbContext db, int agencyId, CancellationToken ct)
    {
        var byKey = new Dictionary<string, CatalogColumn>(StringComparer.Ordinal);
        var order = 0;
        foreach (var group in new[] { StandardColumns.Township.Where(c => c.Parent is null), StandardColumns.Township.Where(c => c.Parent is not null) })
        {
            foreach (var s in group)
            {
                var c = new CatalogColumn
                {
                    AgencyId = agencyId, Key = s.Key, Name = s.Name, SortOrder = order++, UpdateEveryDays = s.UpdateEveryDays,
                    SkipApproval = s.SkipApproval, HasValidity = s.HasValidity, ParentId = s.Parent is null ? null : byKey[s.Parent].Id,
                };
                db.CatalogColumns.Add(c);
                byKey[s.Key] = c;
            }

            db.PendingAction = "建立标准公开目录";
            await db.SaveChangesAsync(ct);
        }
    }

    public async Task<Outcome<CatalogItem>> CreateAsync(int agencyId, ItemInput input, CancellationToken ct)
    {
        if (!await me.CanReadAsync(agencyId, ct))
        {
            return Outcome<CatalogItem>.Missing;
        }

        if (!await me.HasRoleAsync(agencyId, StaffRole.Editor, ct))
        {
            return Outcome<CatalogItem>.Denied;
        }

        var v = await ValidateAsync(agencyId, input, null, ct);
        if (!v.IsValid)
        {
            return Outcome<CatalogItem>.Fail(v);
        }

        var s = (await me.GetAsync(ct))!;
        var agencyName = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Name).SingleAsync(ct);
        var item = new CatalogItem
        {
            AgencyId = agencyId, Title = "", Publisher = "", BodyHtml = "", BodyText = "", Status = ItemStatus.Draft, CreatedBy = s.UserName,
        };
        Apply(item, input, agencyName);
        item.Events.Add(NewEvent(ItemAction.Create, null, s.UserName, 1));
        db.CatalogItems.Add(item);
        db.PendingAction = "新建公开信息";
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        db.CatalogItemVersions.Add(Snapshot(item, s.UserName));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome<CatalogItem>.Ok(item);
    }

    public async Task<Outcome<CatalogItem>> UpdateAsync(int id, ItemInput input, CancellationToken ct)
    {
        var item = await LoadAsync(id, ct);
        if (item is null)
        {
            return Outcome<CatalogItem>.Missing;
        }

        if (!await me.HasRoleAsync(item.AgencyId, StaffRole.Editor, ct))
        {
            return Outcome<CatalogItem>.Denied;
        }

        var v = await ValidateAsync(item.AgencyId, input, item.Id, ct);
        if (item.Status != ItemStatus.Draft)
        {
            v.Add("Status", $"只有草稿可以修改，本信息当前为“{item.Status.Label()}”；已发布的信息请撤回后重新发布。");
        }

        if (!v.IsValid)
        {
            return Outcome<CatalogItem>.Fail(v);
        }

        var s = (await me.GetAsync(ct))!;
        var agencyName = await db.Agencies.Where(a => a.Id == item.AgencyId).Select(a => a.Name).SingleAsync(ct);
        Apply(item, input, agencyName);
        item.Version++;
        item.Events.Add(NewEvent(ItemAction.Edit, null, s.UserName, item.Version));
        db.CatalogItemVersions.Add(Snapshot(item, s.UserName));
        db.PendingAction = "修改公开信息";
        await db.SaveChangesAsync(ct);
        return Outcome<CatalogItem>.Ok(item);
    }

    /// <summary>Findings in title, body and attachments that are neither masked nor overridden.</summary>
    public static IReadOnlyList<OpenFinding> OpenFindings(CatalogItem item)
    {
        var list = new List<OpenFinding>();
        void Add(string where, string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            foreach (var f in SensitiveScanner.Scan(text))
            {
                if (!item.ScanOverrides.Any(o => o.Kind == f.Kind.ToString() && o.Text == Clip(f.Text)))
                {
                    list.Add(new OpenFinding(where, f.Kind, f.Label, f.Text, f.Masked));
                }
            }
        }

        Add("标题", item.Title);
        Add("正文", item.BodyText);
        foreach (var a in item.Attachments)
        {
            Add("附件“" + a.FileName + "”", a.Text);
        }

        return list;
    }

    /// <summary>The editor applies the standard masking to every finding in the title and body (attachments must be replaced).</summary>
    public async Task<Outcome<CatalogItem>> MaskAsync(int id, CancellationToken ct)
    {
        var item = await LoadAsync(id, ct);
        if (item is null)
        {
            return Outcome<CatalogItem>.Missing;
        }

        if (!await me.HasRoleAsync(item.AgencyId, StaffRole.Editor, ct))
        {
            return Outcome<CatalogItem>.Denied;
        }

        if (item.Status != ItemStatus.Draft)
        {
            return Outcome<CatalogItem>.Fail(new Validation().Add("Status", "只有草稿可以修改。"));
        }

        var title = SensitiveScanner.MaskAll(item.Title, SensitiveScanner.Scan(item.Title));
        var body = item.BodyHtml;
        foreach (var f in SensitiveScanner.Scan(item.BodyText).OrderByDescending(f => f.Text.Length))
        {
            body = body.Replace(f.Text, f.Masked, StringComparison.Ordinal);
        }

        var s = (await me.GetAsync(ct))!;
        item.Title = title;
        item.BodyHtml = CatalogText.Sanitize(body);
        item.BodyText = CatalogText.PlainText(item.BodyHtml);
        item.Version++;
        item.UpdatedAt = clock.GetUtcNow();
        item.Events.Add(NewEvent(ItemAction.Edit, "按标准方式遮盖敏感信息", s.UserName, item.Version));
        db.CatalogItemVersions.Add(Snapshot(item, s.UserName));
        db.PendingAction = "遮盖敏感信息";
        await db.SaveChangesAsync(ct);
        return Outcome<CatalogItem>.Ok(item);
    }

    /// <summary>The reviewer decides a finding may be published (谁审查、谁负责): kept with the reason.</summary>
    public async Task<Outcome<CatalogItem>> OverrideAsync(int id, FindingKind kind, string? text, string? reason, CancellationToken ct)
    {
        var item = await LoadAsync(id, ct);
        if (item is null)
        {
            return Outcome<CatalogItem>.Missing;
        }

        if (!await me.HasRoleAsync(item.AgencyId, StaffRole.Reviewer, ct))
        {
            return Outcome<CatalogItem>.Denied;
        }

        var v = new Validation().Text("Reason", "允许公开的理由", reason, 500);
        if (!OpenFindings(item).Any(f => f.Kind == kind && f.Text == text))
        {
            v.Add("Text", "没有这项待处理的检查结果。");
        }

        if (!v.IsValid)
        {
            return Outcome<CatalogItem>.Fail(v);
        }

        var s = (await me.GetAsync(ct))!;
        item.ScanOverrides.Add(new ScanOverride { Kind = kind.ToString(), Text = Clip(text!), Reason = reason!.Trim(), By = s.UserName, At = clock.GetUtcNow() });
        item.UpdatedAt = clock.GetUtcNow();
        db.PendingAction = "审查员允许公开检查项";
        await db.SaveChangesAsync(ct);
        return Outcome<CatalogItem>.Ok(item);
    }

    public async Task<Outcome<CatalogItem>> ActAsync(int id, ItemStep step, CancellationToken ct)
    {
        var item = await LoadAsync(id, ct);
        if (item is null)
        {
            return Outcome<CatalogItem>.Missing;
        }

        var role = step.Action == ItemAction.Return && item.Status is ItemStatus.PendingApproval or ItemStatus.Scheduled
            ? StaffRole.Approver
            : ReviewChain.RoleFor(step.Action);
        if (!await me.HasRoleAsync(item.AgencyId, role, ct))
        {
            return Outcome<CatalogItem>.Denied;
        }

        var column = await db.CatalogColumns.AsNoTracking().SingleAsync(c => c.Id == item.ColumnId, ct);
        var now = clock.GetUtcNow();
        var v = new Validation();
        if (!ReviewChain.TryApply(item.Status, step.Action, column.SkipApproval, item.ScheduledAt > now, out var next, out var error))
        {
            return Outcome<CatalogItem>.Fail(v.Add("Action", error!));
        }

        v.Text("Comment", step.Action == ItemAction.Withdraw ? "撤回原因" : "退回意见", step.Comment, 500,
            required: step.Action is ItemAction.Return or ItemAction.Withdraw);
        var findings = OpenFindings(item);
        var blocking = step.Action is ItemAction.PassReview or ItemAction.Approve || step.Action == ItemAction.SubmitForReview && !step.WithFindings;
        if (blocking && findings.Count > 0)
        {
            v.Add("Findings", $"发现{findings.Count}处可能涉密或涉及个人信息的内容（{string.Join("；", findings.Take(5).Select(f => f.Where + "：" + f.Label + " " + f.Text))}）。"
                + (step.Action == ItemAction.SubmitForReview ? "请先遮盖，或选择“提交审查员决定”。" : "请退回编辑遮盖，或由保密审查员说明理由后允许公开。"));
        }

        if (!v.IsValid)
        {
            return Outcome<CatalogItem>.Fail(v);
        }

        var s = (await me.GetAsync(ct))!;
        await TransitionAsync(item, step.Action, next, RequestInput.Clean(step.Comment), s.UserName, ct);
        return Outcome<CatalogItem>.Ok(item);
    }

    /// <summary>Publishes scheduled items whose time has come (the background publisher calls this; actor "system").</summary>
    public async Task<int> PublishDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.CatalogItems.Include(i => i.Attachments).Include(i => i.ScanOverrides)
            .Where(i => i.Status == ItemStatus.Scheduled).ToListAsync(ct);
        var n = 0;
        foreach (var item in due.Where(i => i.ScheduledAt is null || i.ScheduledAt <= now))
        {
            // 先审查、后发布: scanned again at the moment of publication.
            if (OpenFindings(item).Count > 0)
            {
                continue;
            }

            await TransitionAsync(item, ItemAction.Publish, ItemStatus.Published, null, "system", ct);
            n++;
        }

        return n;
    }

    /// <summary>
    /// Publishes an item the system writes itself from content that was already reviewed and published elsewhere (the
    /// annual report): recorded as created and published by <paramref name="actor"/>, with a 索引号 as usual.
    /// </summary>
    public async Task PublishGeneratedAsync(CatalogItem item, string actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        item.Status = ItemStatus.Published;
        item.UpdatedAt = now;
        item.Events.Add(NewEvent(ItemAction.Create, "系统生成", actor, item.Version));
        item.Events.Add(NewEvent(ItemAction.Publish, null, actor, item.Version));
        db.CatalogItems.Add(item);
        db.PendingAction = ItemAction.Publish.Label();
        await PublishAsync(item, now, ct);
        await EvictPortalCacheAsync(item.AgencyId, ct);
    }

    private async Task TransitionAsync(CatalogItem item, ItemAction action, ItemStatus next, string? comment, string actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        item.Status = next;
        item.UpdatedAt = now;
        item.Events.Add(NewEvent(action, comment, actor, item.Version));
        if (next == ItemStatus.Withdrawn)
        {
            item.WithdrawnAt = now;
            item.WithdrawnReason = comment;
        }

        db.PendingAction = action.Label();
        if (next != ItemStatus.Published)
        {
            await db.SaveChangesAsync(ct);
        }
        else
        {
            await PublishAsync(item, now, ct);
        }

        if (next is ItemStatus.Published or ItemStatus.Withdrawn)
        {
            await EvictPortalCacheAsync(item.AgencyId, ct);
        }
    }

    /// <summary>Drops the agency's cached portal pages, so a publication or withdrawal shows at once.</summary>
    private async Task EvictPortalCacheAsync(int agencyId, CancellationToken ct)
    {
        var code = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Code).SingleAsync(ct);
        await CatalogCache.EvictAsync(cache, code, ct);
    }

    /// <summary>
    /// First publication assigns the 索引号: the next number of the agency's year. Two publishers may pick the same number;
    /// the unique index refuses the second, which takes the next one (no duplicates under concurrency).
    /// </summary>
    private async Task PublishAsync(CatalogItem item, DateTimeOffset now, CancellationToken ct)
    {
        item.PublishedAt ??= now;
        var code = await db.Agencies.Where(a => a.Id == item.AgencyId).Select(a => a.Code).SingleAsync(ct);
        var year = item.PublishedAt.Value.ToOffset(TimeSpan.FromHours(8)).Year;
        for (var attempt = 0; ; attempt++)
        {
            if (item.IndexNumber is null || attempt > 0)
            {
                var prefix = ReviewChain.IndexNumber(code, year, 0)[..^6];
                var taken = await db.CatalogItems.Where(i => i.IndexNumber != null && i.IndexNumber.StartsWith(prefix)).Select(i => i.IndexNumber!).ToListAsync(ct);
                var max = taken.Select(t => int.TryParse(t[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max();
                item.IndexNumber = ReviewChain.IndexNumber(code, year, max + 1 + attempt);
            }

            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt < 20)
            {
                // Another publisher took the number: the tracked changes stay pending; pick again and retry.
            }
        }
    }

    public async Task<Outcome<ItemChannel>> AddChannelAsync(int id, PublicationChannel? channel, DateOnly? on, string? link, CancellationToken ct)
    {
        var item = await LoadAsync(id, ct);
        if (item is null)
        {
            return Outcome<ItemChannel>.Missing;
        }

        if (!await me.HasRoleAsync(item.AgencyId, StaffRole.Editor, ct))
        {
            return Outcome<ItemChannel>.Denied;
        }

        var v = new Validation();
        if (channel is null || !Enum.IsDefined(channel.Value) || channel == PublicationChannel.Website)
        {
            v.Add("Channel", "请选择渠道（政务微信、政务微博、政府公报、公开栏或其他）；政府网站发布由系统自动记录。");
        }
        else if (item.Channels.Any(c => c.Channel == channel))
        {
            v.Add("Channel", "该渠道已记录。");
        }

        if (on is null)
        {
            v.Add("On", "请填写发布日期。");
        }

        v.Text("Link", "链接", link, 500, required: false);
        if (!string.IsNullOrWhiteSpace(link) && !(Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            v.Add("Link", "链接应以 http:// 或 https:// 开头。");
        }

        if (item.Status != ItemStatus.Published)
        {
            v.Add("Channel", "信息发布后才能记录其他渠道。");
        }

        if (!v.IsValid)
        {
            return Outcome<ItemChannel>.Fail(v);
        }

        var row = new ItemChannel { Channel = channel!.Value, On = on!.Value, Link = string.IsNullOrWhiteSpace(link) ? null : link.Trim() };
        item.Channels.Add(row);
        item.UpdatedAt = clock.GetUtcNow();
        db.PendingAction = "记录发布渠道";
        await db.SaveChangesAsync(ct);
        return Outcome<ItemChannel>.Ok(row);
    }

    public async Task<Outcome<ItemAttachment>> AddAttachmentAsync(int id, IFormFile? file, CancellationToken ct)
    {
        var item = await LoadAsync(id, ct);
        if (item is null)
        {
            return Outcome<ItemAttachment>.Missing;
        }

        if (!await me.HasRoleAsync(item.AgencyId, StaffRole.Editor, ct))
        {
            return Outcome<ItemAttachment>.Denied;
        }

        var v = new Validation();
        if (item.Status != ItemStatus.Draft)
        {
            return Outcome<ItemAttachment>.Fail(v.Add("file", "只有草稿可以添加附件。"));
        }

        if (file is null || file.Length == 0)
        {
            return Outcome<ItemAttachment>.Fail(v.Add("file", "请选择要上传的文件。"));
        }

        if (file.Length > ItemAttachment.MaxBytes)
        {
            return Outcome<ItemAttachment>.Fail(v.Add("file", $"文件不能超过{ItemAttachment.MaxBytes / 1024 / 1024}MB。"));
        }

        var name = RequestAttachments.SafeFileName(file.FileName);
        var ext = Path.GetExtension(name);
        if (RequestAttachments.ContentTypeFor(ext) is not { } contentType)
        {
            return Outcome<ItemAttachment>.Fail(v.Add("file", "只能上传PDF、DOCX、XLSX、PNG或JPG文件。"));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (!RequestAttachments.ContentMatches(ext, bytes))
        {
            return Outcome<ItemAttachment>.Fail(v.Add("file", $"文件内容与扩展名“{ext}”不符，请上传真实的{ext.TrimStart('.').ToUpperInvariant()}文件。"));
        }

        var attachment = new ItemAttachment
        {
            FileName = name, ContentType = contentType, Length = bytes.LongLength, Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Content = bytes, Text = CatalogText.ExtractText(ext, bytes),
        };
        item.Attachments.Add(attachment);
        item.UpdatedAt = clock.GetUtcNow();
        db.PendingAction = "上传附件";
        await db.SaveChangesAsync(ct);
        return Outcome<ItemAttachment>.Ok(attachment);
    }

    public sealed record ColumnInput(string? Key, string? Name, int? ParentId, int? SortOrder, int? UpdateEveryDays, bool SkipApproval, bool HasValidity);

    /// <summary>The agency admin adds a column or changes one (name, place, update interval, approval, validity). Audited.</summary>
    public async Task<Outcome<CatalogColumn>> SaveColumnAsync(int agencyId, int? columnId, ColumnInput input, CancellationToken ct)
    {
        if (!await me.CanReadAsync(agencyId, ct))
        {
            return Outcome<CatalogColumn>.Missing;
        }

        if (!await me.HasRoleAsync(agencyId, StaffRole.AgencyAdmin, ct))
        {
            return Outcome<CatalogColumn>.Denied;
        }

        var columns = await db.CatalogColumns.Where(c => c.AgencyId == agencyId).ToListAsync(ct);
        var column = columnId is null ? null : columns.FirstOrDefault(c => c.Id == columnId);
        if (columnId is not null && column is null)
        {
            return Outcome<CatalogColumn>.Missing;
        }

        var v = new Validation().Text("Name", "栏目名称", input.Name, CatalogColumn.MaxNameLength);
        var key = input.Key?.Trim().ToLowerInvariant();
        if (column is null)
        {
            if (string.IsNullOrEmpty(key) || key.Length > 40 || !key.All(ch => ch is >= 'a' and <= 'z' or >= '0' and <= '9' or '-'))
            {
                v.Add("Key", "栏目代码用于网址，只能由小写字母、数字和连字符组成（不超过40个字符）。");
            }
            else if (columns.Any(c => c.Key == key))
            {
                v.Add("Key", $"栏目代码“{key}”已存在。");
            }
        }

        if (input.ParentId is { } parent)
        {
            var p = columns.FirstOrDefault(c => c.Id == parent);
            if (p is null)
            {
                v.Add("ParentId", "上级栏目不是本机关的栏目。");
            }
            else if (column is not null && (p.Id == column.Id || p.ParentId == column.Id))
            {
                v.Add("ParentId", "不能把栏目放到它自己或它的下级栏目之下。");
            }
            else if (p.ParentId is not null)
            {
                v.Add("ParentId", "栏目最多两级。");
            }
        }

        if (input.UpdateEveryDays is < 1 or > 3660)
        {
            v.Add("UpdateEveryDays", "更新周期应为1到3660天，或留空表示按需更新。");
        }

        if (!v.IsValid)
        {
            return Outcome<CatalogColumn>.Fail(v);
        }

        if (column is null)
        {
            column = new CatalogColumn { AgencyId = agencyId, Key = key!, Name = "" };
            db.CatalogColumns.Add(column);
        }

        column.Name = input.Name!.Trim();
        column.ParentId = input.ParentId;
        column.SortOrder = input.SortOrder ?? (columns.Count == 0 ? 0 : columns.Max(c => c.SortOrder) + 1);
        column.UpdateEveryDays = input.UpdateEveryDays;
        column.SkipApproval = input.SkipApproval;
        column.HasValidity = input.HasValidity;
        db.PendingAction = columnId is null ? "新增栏目" : "修改栏目";
        await db.SaveChangesAsync(ct);
        return Outcome<CatalogColumn>.Ok(column);
    }

    public sealed record EngagementInput(EngagementKind? Kind, DateOnly? On, string? Title, string? Link, bool PrincipalAttended);

    public async Task<IReadOnlyList<EngagementRecord>> EngagementAsync(int agencyId, CancellationToken ct) =>
        await db.EngagementRecords.AsNoTracking().Where(e => e.AgencyId == agencyId).OrderByDescending(e => e.On).ThenByDescending(e => e.Id).ToListAsync(ct);

    /// <summary>Records a 回应关切 / 新闻发布会 / 在线访谈 / 解读稿件 / 微博微信回应 / 建议提案复文 (editor or agency admin).</summary>
    public async Task<Outcome<EngagementRecord>> AddEngagementAsync(int agencyId, EngagementInput input, CancellationToken ct)
    {
        if (!await me.CanReadAsync(agencyId, ct))
        {
            return Outcome<EngagementRecord>.Missing;
        }

        if (!await me.HasRoleAsync(agencyId, StaffRole.Editor, ct) && !await me.HasRoleAsync(agencyId, StaffRole.AgencyAdmin, ct))
        {
            return Outcome<EngagementRecord>.Denied;
        }

        var v = new Validation().Text("Title", "标题或事由", input.Title, 200).Text("Link", "链接", input.Link, 500, required: false);
        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value))
        {
            v.Add("Kind", "请选择类型。");
        }

        var today = Gongkai.Core.Calendar.ChinaTime.Today(clock);
        if (input.On is null || input.On > today || input.On < new DateOnly(2008, 1, 1))
        {
            v.Add("On", "请填写日期（不晚于今天）。");
        }

        if (input.PrincipalAttended && input.Kind != EngagementKind.PressConference)
        {
            v.Add("PrincipalAttended", "只有新闻发布会需要记录主要负责同志是否出席。");
        }

        if (!v.IsValid)
        {
            return Outcome<EngagementRecord>.Fail(v);
        }

        var s = (await me.GetAsync(ct))!;
        var row = new EngagementRecord
        {
            AgencyId = agencyId, Kind = input.Kind!.Value, On = input.On!.Value, Title = RequestInput.Clean(input.Title)!,
            Link = RequestInput.Clean(input.Link), PrincipalAttended = input.PrincipalAttended, RecordedBy = s.UserName,
        };
        db.EngagementRecords.Add(row);
        db.PendingAction = "记录回应解读";
        await db.SaveChangesAsync(ct);
        return Outcome<EngagementRecord>.Ok(row);
    }

    public async Task<IReadOnlyList<ItemVersion>> VersionsAsync(int id, CancellationToken ct) =>
        await db.CatalogItemVersions.AsNoTracking().Where(v => v.ItemId == id).OrderBy(v => v.Version).ToListAsync(ct);

    public async Task<IReadOnlyList<ColumnHealth>> HealthAsync(int agencyId, CancellationToken ct)
    {
        var columns = await ColumnsAsync(agencyId, ct);
        var latest = await db.CatalogItems.AsNoTracking().Where(i => i.AgencyId == agencyId && i.Status == ItemStatus.Published)
            .GroupBy(i => i.ColumnId).Select(g => new { g.Key, Last = g.Max(i => i.PublishedAt) }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return columns.Select(c => CatalogHealth.Check(c.Id, c.Name, c.UpdateEveryDays, latest.FirstOrDefault(l => l.Key == c.Id)?.Last, now)).ToList();
    }

    private async Task<Validation> ValidateAsync(int agencyId, ItemInput input, int? itemId, CancellationToken ct)
    {
        var v = new Validation()
            .Text("Title", "标题", input.Title, CatalogItem.MaxTitleLength)
            .Text("Publisher", "发布机构", input.Publisher, 100, required: false)
            .Text("DocumentNumber", "文号", input.DocumentNumber, 100, required: false)
            .Text("Topic", "主题分类", input.Topic, 50, required: false)
            .Text("Keywords", "关键词", input.Keywords, 200, required: false)
            .Text("BodyHtml", "正文", input.BodyHtml, CatalogItem.MaxBodyLength);
        var column = input.ColumnId is null ? null : await db.CatalogColumns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == input.ColumnId && c.AgencyId == agencyId, ct);
        if (column is null)
        {
            v.Add("ColumnId", "请选择本机关的公开栏目。");
        }
        else if (column.HasValidity)
        {
            if (input.Validity is null or Validity.NotApplicable || !Enum.IsDefined(input.Validity.Value))
            {
                v.Add("Validity", "规范性文件请选择有效性（有效、失效或废止）。");
            }
            else if (input.Validity != Validity.Effective && input.EndedOn is null)
            {
                v.Add("EndedOn", "失效或废止的文件请填写失效（废止）日期。");
            }
        }

        if (input.EffectiveOn is { } from && input.EndedOn is { } to && to < from)
        {
            v.Add("EndedOn", "失效（废止）日期不能早于施行日期。");
        }

        if (input.BodyHtml is { Length: > 0 } body && body.Length <= CatalogItem.MaxBodyLength && CatalogText.PlainText(CatalogText.Sanitize(body)).Length == 0)
        {
            v.Add("BodyHtml", "正文不能为空（去除不允许的标记后没有内容）。");
        }

        if (input.InterpretsItemId is { } target && !await db.CatalogItems.AnyAsync(i => i.Id == target && i.AgencyId == agencyId && i.Id != itemId, ct))
        {
            v.Add("InterpretsItemId", "所解读的文件不是本机关的信息。");
        }

        return v;
    }

    private void Apply(CatalogItem item, ItemInput input, string agencyName)
    {
        item.ColumnId = input.ColumnId!.Value;
        item.Title = RequestInput.Clean(input.Title)!;
        item.Publisher = RequestInput.Clean(input.Publisher) ?? agencyName;
        item.DocumentNumber = RequestInput.Clean(input.DocumentNumber);
        item.WrittenOn = input.WrittenOn;
        item.Topic = RequestInput.Clean(input.Topic);
        item.Keywords = RequestInput.Clean(input.Keywords);
        item.Validity = input.Validity ?? Validity.NotApplicable;
        item.EffectiveOn = input.EffectiveOn;
        item.EndedOn = input.EndedOn;
        item.BodyHtml = CatalogText.Sanitize(input.BodyHtml!);
        item.BodyText = CatalogText.PlainText(item.BodyHtml);
        item.ScheduledAt = input.ScheduledAt;
        item.InterpretsItemId = input.InterpretsItemId;
        item.UpdatedAt = clock.GetUtcNow();
    }

    private ItemEvent NewEvent(ItemAction action, string? comment, string actor, int version) =>
        new() { Action = action, At = clock.GetUtcNow(), Actor = actor, Comment = comment, Version = version };

    private ItemVersion Snapshot(CatalogItem item, string by) => new()
    {
        ItemId = item.Id,
        Version = item.Version,
        Title = item.Title,
        BodyHtml = item.BodyHtml,
        Metadata = string.Join('\n',
            $"发布机构: {item.Publisher}", $"文号: {item.DocumentNumber}", $"成文日期: {item.WrittenOn:yyyy-MM-dd}", $"主题分类: {item.Topic}",
            $"关键词: {item.Keywords}", $"有效性: {item.Validity.Label()} {item.EffectiveOn:yyyy-MM-dd} {item.EndedOn:yyyy-MM-dd}", $"栏目: {item.ColumnId}"),
        SavedAt = clock.GetUtcNow(),
        SavedBy = by,
    };

    private static string Clip(string text) => text.Length <= 100 ? text : text[..100];
}
