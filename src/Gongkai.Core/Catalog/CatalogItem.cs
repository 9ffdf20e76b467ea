namespace Gongkai.Core.Catalog;

public enum ItemStatus
{
    Draft = 1,

    /// <summary>保密审查</summary>
    PendingReview = 2,

    /// <summary>审批</summary>
    PendingApproval = 3,

    /// <summary>Approved, to be published at <see cref="CatalogItem.ScheduledAt"/>.</summary>
    Scheduled = 4,

    Published = 5,

    Withdrawn = 6,

    /// <summary>不予公开 (条例第十四至十六条), decided with a reason before publication; final, never published.</summary>
    Withheld = 7,
}

/// <summary>有效性 of a 规范性文件.</summary>
public enum Validity
{
    NotApplicable = 0,
    Effective = 1,
    Expired = 2,
    Repealed = 3,
}

/// <summary>The other channels an item went out on (the portal itself is automatic).</summary>
public enum PublicationChannel
{
    Website = 1,
    WeChat = 2,
    Weibo = 3,
    Gazette = 4,
    NoticeBoard = 5,
    Other = 6,
}

/// <summary>
/// An item of the 信息公开目录 with the metadata the catalog standard asks for, and the aggregate that owns its review
/// chain: every step is a method that either applies it (status, event, version) or returns a <see cref="Refusal"/>
/// and leaves the item as it was.
/// </summary>
/// <remarks>
/// The lifecycle state (<see cref="Status"/>, <see cref="IndexNumber"/>, <see cref="PublishedAt"/>, the withdrawal and
/// <see cref="Version"/>) moves only through these methods; its <c>init</c> accessors let importers, the demo seed and
/// tests build an item as it stood at some moment. 涉密信息不上网: while the title, body or any attachment text carries
/// a 密级 marking (<see cref="FindingKind.SecretMarking"/>) the item cannot be submitted, reviewed, approved or
/// published, the marking cannot be masked and no reviewer can allow it; only 退回 and 不予公开 remain.
/// </remarks>
public sealed class CatalogItem : IPublishesToPortal, IAudited
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 200_000;

    /// <summary>The rule behind every refusal caused by a 密级 marking (《保守国家秘密法》; 条例第十四条).</summary>
    public const string SecrecyRule = "涉密信息不上网：含密级标识的文件不得公开";

    /// <summary>What the back office shows next to a 密级 finding instead of a masking suggestion.</summary>
    public const string SecrecyFindingNote = SecrecyRule + "，不能通过遮盖处理，也不能由审查员允许公开；只能退回，或作出不予公开决定。";

    /// <summary>The editor's way out of a refusal caused by a 密级 marking.</summary>
    private const string SecrecyAdvice = "如该文件已依法解密，请换用不带密级标识的解密文本；否则请由保密审查员作出不予公开决定。";

    /// <summary>The outbox topic of item changes, which the search index and the portal cache of every node follow.</summary>
    public const string PortalTopic = "catalog-item";

    private ItemStatus status;
    private string? indexNumber;
    private DateTimeOffset? publishedAt;
    private string? withdrawnReason;
    private DateTimeOffset? withdrawnAt;
    private int version = 1;
    private readonly List<ItemVersion> newVersions = [];

    // The name of the last step applied since the item was last saved: the verb of its audit row. Not stored.
    private string? unsavedStep;

    public int Id { get; set; }

    public int AgencyId { get; set; }

    public int ColumnId { get; set; }

    /// <summary>索引号: {agency code}/{year}-{sequence:000000}, assigned once at first publication, never reused.</summary>
    public string? IndexNumber { get => indexNumber; init => indexNumber = value; }

    public required string Title { get; set; }

    /// <summary>发布机构</summary>
    public required string Publisher { get; set; }

    /// <summary>文号</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>成文日期</summary>
    public DateOnly? WrittenOn { get; set; }

    /// <summary>发布日期 (set when published).</summary>
    public DateTimeOffset? PublishedAt { get => publishedAt; init => publishedAt = value; }

    /// <summary>Publish at this time once approved (null = at once).</summary>
    public DateTimeOffset? ScheduledAt { get; set; }

    /// <summary>主题分类</summary>
    public string? Topic { get; set; }

    /// <summary>关键词, separated by spaces or 、</summary>
    public string? Keywords { get; set; }

    public Validity Validity { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    /// <summary>失效 or 废止 date.</summary>
    public DateOnly? EndedOn { get; set; }

    /// <summary>Sanitized HTML.</summary>
    public required string BodyHtml { get; set; }

    /// <summary>The body as plain text (for the scan, search and the feed).</summary>
    public required string BodyText { get; set; }

    public ItemStatus Status { get => status; init => status = value; }

    public string? WithdrawnReason { get => withdrawnReason; init => withdrawnReason = value; }

    public DateTimeOffset? WithdrawnAt { get => withdrawnAt; init => withdrawnAt = value; }

    /// <summary>The reason recorded with the 不予公开 decision (kept in its event, which is append-only).</summary>
    public string? WithheldReason => status == ItemStatus.Withheld ? Events.FirstOrDefault(e => e.Action == ItemAction.Withhold)?.Comment : null;

    /// <summary>The item this one interprets (政策解读 → the policy).</summary>
    public int? InterpretsItemId { get; set; }

    public int Version { get => version; init => version = value; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public List<ItemEvent> Events { get; set; } = [];

    public List<ItemAttachment> Attachments { get; set; } = [];

    public List<ItemChannel> Channels { get; set; } = [];

    public List<ScanOverride> ScanOverrides { get; set; } = [];

    string IPublishesToPortal.OutboxTopic => PortalTopic;

    /// <summary>A new draft in the editor's hands: version 1, its creation event and its first kept version.</summary>
    public static CatalogItem NewDraft(int agencyId, ItemContent content, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(content);
        var item = new CatalogItem
        {
            AgencyId = agencyId, Title = content.Title, Publisher = content.Publisher, BodyHtml = content.BodyHtml, BodyText = content.BodyText,
            CreatedBy = by, Status = ItemStatus.Draft,
        };
        item.SetContent(content, at);
        item.Record(ItemAction.Create, null, by, at);
        item.KeepVersion(by, at);
        item.unsavedStep = "新建公开信息";
        return item;
    }

    /// <summary>The editor changes the draft; a published item is withdrawn and published again, never edited in place.</summary>
    public Refusal? Edit(ItemContent content, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (status != ItemStatus.Draft)
        {
            return new Refusal("Status", $"只有草稿可以修改，本信息当前为“{status.Label()}”；已发布的信息请撤回后重新发布。");
        }

        SetContent(content, at);
        NewVersion(null, by, at);
        unsavedStep = "修改公开信息";
        return null;
    }

    /// <summary>
    /// The editor's one-click standard masking of the personal data in the title and body (3601**********1234);
    /// attachments are replaced, not masked. Findings the reviewer allowed stay as they are.
    /// </summary>
    /// <param name="published">The agency's own numbers, never masked.</param>
    /// <param name="plainTextOf">The plain text of the masked body HTML (the same extraction the body was made with).</param>
    /// <param name="by">The editor.</param>
    /// <param name="at">Now.</param>
    /// <remarks>A 密级 marking is never masked: a classified document with its marking hidden is still classified.</remarks>
    public Refusal? Mask(PublishedNumbers published, Func<string, string> plainTextOf, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plainTextOf);
        if (status != ItemStatus.Draft)
        {
            return new Refusal("Status", "只有草稿可以修改。");
        }

        if (SecrecyRefusal(OpenFindings(published), "，不能通过遮盖处理", SecrecyAdvice) is { } secret)
        {
            return secret;
        }

        var title = MaskableIn(Title, published);
        var body = MaskableIn(BodyText, published);
        if (title.Count == 0 && body.Count == 0)
        {
            return new Refusal("Findings", "标题和正文中没有可以遮盖的内容；附件中的敏感内容无法自动遮盖，请替换附件。");
        }

        // The findings come from the body's plain text; the same characters are replaced in its HTML. The masked forms
        // are digits, stars, the name's surname and the original separators: no markup enters the sanitized HTML.
        var html = BodyHtml;
        foreach (var f in body.OrderByDescending(f => f.Text.Length))
        {
            html = html.Replace(f.Text, f.Masked, StringComparison.Ordinal);
        }

        Title = SensitiveScanner.MaskAll(Title, title);
        BodyHtml = html;
        BodyText = plainTextOf(html);
        UpdatedAt = at;
        NewVersion("按标准方式遮盖敏感信息", by, at);
        unsavedStep = "遮盖敏感信息";
        return null;
    }

    /// <summary>
    /// The reviewer decides a finding may be published, with the reason (谁审查、谁负责) — a published hotline, a
    /// name that must appear. Never a 密级 marking.
    /// </summary>
    public Refusal? AllowFinding(FindingKind kind, string? text, string? reason, PublishedNumbers published, string by, DateTimeOffset at)
    {
        if (kind == FindingKind.SecretMarking)
        {
            return new Refusal("Findings", SecrecyRule + "，保密审查员不能允许公开；只能退回，或作出不予公开决定。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new Refusal("Reason", "请填写允许公开的理由。");
        }

        if (!OpenFindings(published).Any(f => f.Kind == kind && f.Text == text))
        {
            return new Refusal("Text", "没有这项待处理的检查结果。");
        }

        ScanOverrides.Add(new ScanOverride { Item = this, Kind = kind.ToString(), Text = Clip(text!), Reason = reason.Trim(), By = by, At = at });
        UpdatedAt = at;
        unsavedStep = ScanOverride.AllowedStep;
        return null;
    }

    /// <summary>The editor submits the draft for 保密审查; with open findings only when asking the reviewer to decide them.</summary>
    public Refusal? Submit(bool withFindings, PublishedNumbers published, string by, DateTimeOffset at) =>
        Move(ItemAction.SubmitForReview, null, by, at, guard: () =>
        {
            var open = OpenFindings(published);
            return SecrecyRefusal(open, "，不能提交审查", SecrecyAdvice)
                ?? (withFindings ? null : FindingsRefusal(open, "请先遮盖，或选择“提交审查员决定”。"));
        });

    /// <summary>保密审查通过: on to 审批, or straight to publication (or its scheduled time) in a column without approval.</summary>
    public Refusal? Review(bool skipApproval, PublishedNumbers published, string? comment, string by, DateTimeOffset at) =>
        Move(ItemAction.PassReview, comment, by, at, skipApproval, () => ContentRefusal(published, "，不能审查通过"));

    /// <summary>审批通过: published now, or scheduled for <see cref="ScheduledAt"/>.</summary>
    public Refusal? Approve(PublishedNumbers published, string? comment, string by, DateTimeOffset at) =>
        Move(ItemAction.Approve, comment, by, at, guard: () => ContentRefusal(published, "，不能审批通过"));

    /// <summary>
    /// Publishes an approved, scheduled item (the background publisher when its time comes, as "system"; or the approver
    /// at once). 先审查、后发布: the content is checked again at the moment of publication.
    /// </summary>
    public Refusal? Publish(PublishedNumbers published, string by, DateTimeOffset at) =>
        Move(ItemAction.Publish, null, by, at, guard: () => ContentRefusal(published, "，不能发布"));

    /// <summary>
    /// Publishes an item the system wrote itself from content already reviewed and published elsewhere (the annual
    /// report): created and published at once by <paramref name="by"/>. The personal-data findings were that review's
    /// business; a 密级 marking is refused here all the same.
    /// </summary>
    public Refusal? PublishGenerated(string by, DateTimeOffset at)
    {
        if (Id != 0 || Events.Count != 0)
        {
            return new Refusal("Action", "只有系统新生成的信息可以直接发布。");
        }

        if (SecrecyRefusal(OpenFindings(PublishedNumbers.None), "，不能发布", "") is { } secret)
        {
            return secret;
        }

        status = ItemStatus.Published;
        publishedAt ??= at;
        UpdatedAt = at;
        Record(ItemAction.Create, "系统生成", by, at);
        Record(ItemAction.Publish, null, by, at);
        unsavedStep = ItemAction.Publish.Label();
        return null;
    }

    /// <summary>Back to the editor with comments (the reviewer in 保密审查, the approver after it).</summary>
    public Refusal? Return(string? comment, string by, DateTimeOffset at) =>
        Move(ItemAction.Return, comment, by, at, guard: () => Required(comment, "退回意见"));

    /// <summary>Takes a published item off the portal, with the reason shown there.</summary>
    public Refusal? Withdraw(string? reason, string by, DateTimeOffset at) =>
        Move(ItemAction.Withdraw, reason, by, at, guard: () => Required(reason, "撤回原因"));

    /// <summary>
    /// 不予公开 (条例第十四至十六条): the item is never published; the reason is kept in the record. The one decision
    /// besides 退回 left to a reviewer facing a 密级 marking.
    /// </summary>
    public Refusal? Withhold(string? reason, string by, DateTimeOffset at) =>
        Move(ItemAction.Withhold, reason, by, at, guard: () => Required(reason, "不予公开的理由"));

    /// <summary>The same item went out on another channel too (政务微信, 微博, 公报, 公开栏); the website is recorded by itself.</summary>
    public Refusal? RecordChannel(PublicationChannel channel, DateOnly on, string? link, DateTimeOffset at)
    {
        if (!Enum.IsDefined(channel) || channel == PublicationChannel.Website)
        {
            return new Refusal("Channel", "请选择渠道（政务微信、政务微博、政府公报、公开栏或其他）；政府网站发布由系统自动记录。");
        }

        if (Channels.Any(c => c.Channel == channel))
        {
            return new Refusal("Channel", "该渠道已记录。");
        }

        if (status != ItemStatus.Published)
        {
            return new Refusal("Channel", "信息发布后才能记录其他渠道。");
        }

        Channels.Add(new ItemChannel { Item = this, Channel = channel, On = on, Link = link });
        UpdatedAt = at;
        unsavedStep = ItemChannel.RecordedStep;
        return null;
    }

    /// <summary>Attachments belong to the draft: what was reviewed is what is published.</summary>
    public Refusal? AddAttachment(ItemAttachment attachment, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        if (status != ItemStatus.Draft)
        {
            return new Refusal("file", "只有草稿可以添加附件。");
        }

        attachment.Item = this;
        Attachments.Add(attachment);
        UpdatedAt = at;
        unsavedStep = ItemAttachment.UploadedStep;
        return null;
    }

    /// <summary>
    /// The publisher gives the item its 索引号 while saving its first publication (a retry after another publisher took
    /// the number picks again before anything was stored).
    /// </summary>
    /// <exception cref="InvalidOperationException">The item was never published.</exception>
    public void AssignIndexNumber(string number)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        if (publishedAt is null)
        {
            throw new InvalidOperationException("索引号在信息首次发布时分配。");
        }

        indexNumber = number;
    }

    /// <summary>The name of the last step applied since the item was saved ("提交保密审查", "上传附件"); null for a plain change.</summary>
    public string? AuditAction(AuditedChange change) => unsavedStep;

    /// <summary>The step is saved and audited: a later save of this instance is not named after it.</summary>
    public void Audited() => unsavedStep = null;

    /// <summary>The versions kept since the last call, for the caller to store; each names this item's id.</summary>
    public IReadOnlyList<ItemVersion> TakeNewVersions()
    {
        var taken = newVersions.ToList();
        foreach (var v in taken)
        {
            v.ItemId = Id;
        }

        newVersions.Clear();
        return taken;
    }

    /// <summary>
    /// Findings in the title, body and attachments that still block publication: not allowed by the reviewer, and not
    /// the agency's own <paramref name="published"/> numbers. A 密级 marking is always open, whatever was recorded
    /// (reviewers could allow markings before 涉密信息不上网 was enforced here).
    /// </summary>
    public IReadOnlyList<OpenFinding> OpenFindings(PublishedNumbers published)
    {
        var list = new List<OpenFinding>();
        foreach (var (where, text) in Texts())
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            foreach (var f in SensitiveScanner.Scan(text, published))
            {
                if (f.Kind == FindingKind.SecretMarking || !IsAllowed(f))
                {
                    list.Add(new OpenFinding(where, f.Kind, f.Label, f.Text, f.Masked));
                }
            }
        }

        return list;
    }

    /// <summary>
    /// The refusal a 密级 marking in <paramref name="title"/> or <paramref name="body"/> causes, for content published
    /// elsewhere first (the annual report feeds a catalog item).
    /// </summary>
    public static Refusal? SecrecyRefusalFor(string? title, string? body)
    {
        var marks = new List<OpenFinding>();
        foreach (var (where, text) in new[] { ("标题", title), ("正文", body) })
        {
            marks.AddRange(SensitiveScanner.Scan(text ?? "").Select(f => new OpenFinding(where, f.Kind, f.Label, f.Text, f.Masked)));
        }

        return SecrecyRefusal(marks, "", "");
    }

    private IEnumerable<(string Where, string? Text)> Texts()
    {
        yield return ("标题", Title);
        yield return ("正文", BodyText);
        foreach (var a in Attachments)
        {
            yield return ("附件“" + a.FileName + "”", a.Text);
        }
    }

    private bool IsAllowed(Finding f) => ScanOverrides.Any(o => o.Kind == f.Kind.ToString() && o.Text == Clip(f.Text));

    private List<Finding> MaskableIn(string text, PublishedNumbers published) =>
        SensitiveScanner.Scan(text, published).Where(f => f.Kind != FindingKind.SecretMarking && !IsAllowed(f)).ToList();

    private Refusal? ContentRefusal(PublishedNumbers published, string step)
    {
        var open = OpenFindings(published);
        return SecrecyRefusal(open, step, "请退回，或作出不予公开决定。")
            ?? FindingsRefusal(open, "请退回编辑遮盖，或由保密审查员说明理由后允许公开。");
    }

    private static Refusal? SecrecyRefusal(IReadOnlyList<OpenFinding> open, string step, string advice)
    {
        var marks = open.Where(f => f.Kind == FindingKind.SecretMarking).ToList();
        return marks.Count == 0
            ? null
            : new Refusal("Findings", $"{SecrecyRule}{step}（{string.Join("；", marks.Take(5).Select(f => f.Where + "：" + f.Text))}）。{advice}");
    }

    private static Refusal? FindingsRefusal(IReadOnlyList<OpenFinding> open, string advice) =>
        open.Count == 0
            ? null
            : new Refusal("Findings", $"发现{open.Count}处可能涉密或涉及个人信息的内容（{string.Join("；", open.Take(5).Select(f => f.Where + "：" + f.Label + " " + f.Text))}）。{advice}");

    private static Refusal? Required(string? value, string label) =>
        string.IsNullOrWhiteSpace(value) ? new Refusal("Comment", $"请填写{label}。") : null;

    // One step of the chain: the status table first (ReviewChain), then what this item's content must satisfy.
    private Refusal? Move(ItemAction action, string? comment, string by, DateTimeOffset at, bool skipApproval = false, Func<Refusal?>? guard = null)
    {
        if (!ReviewChain.TryApply(status, action, skipApproval, ScheduledAt > at, out var next, out var error))
        {
            return new Refusal("Action", error!);
        }

        if (guard?.Invoke() is { } refusal)
        {
            return refusal;
        }

        status = next;
        UpdatedAt = at;
        Record(action, comment, by, at);
        unsavedStep = action.Label();
        if (next == ItemStatus.Published)
        {
            publishedAt ??= at;
        }
        else if (next == ItemStatus.Withdrawn)
        {
            withdrawnAt = at;
            withdrawnReason = comment;
        }

        return null;
    }

    private void SetContent(ItemContent c, DateTimeOffset at)
    {
        ColumnId = c.ColumnId;
        Title = c.Title;
        Publisher = c.Publisher;
        DocumentNumber = c.DocumentNumber;
        WrittenOn = c.WrittenOn;
        Topic = c.Topic;
        Keywords = c.Keywords;
        Validity = c.Validity;
        EffectiveOn = c.EffectiveOn;
        EndedOn = c.EndedOn;
        BodyHtml = c.BodyHtml;
        BodyText = c.BodyText;
        ScheduledAt = c.ScheduledAt;
        InterpretsItemId = c.InterpretsItemId;
        UpdatedAt = at;
    }

    private void NewVersion(string? comment, string by, DateTimeOffset at)
    {
        version++;
        Record(ItemAction.Edit, comment, by, at);
        KeepVersion(by, at);
    }

    private void Record(ItemAction action, string? comment, string by, DateTimeOffset at) =>
        Events.Add(new ItemEvent { Action = action, At = at, Actor = by, Comment = comment, Version = version });

    private void KeepVersion(string by, DateTimeOffset at) => newVersions.Add(new ItemVersion
    {
        ItemId = Id,
        Version = version,
        Title = Title,
        BodyHtml = BodyHtml,
        Metadata = string.Join('\n',
            $"发布机构: {Publisher}", $"文号: {DocumentNumber}", $"成文日期: {WrittenOn:yyyy-MM-dd}", $"主题分类: {Topic}",
            $"关键词: {Keywords}", $"有效性: {Validity.Label()} {EffectiveOn:yyyy-MM-dd} {EndedOn:yyyy-MM-dd}", $"栏目: {ColumnId}"),
        SavedAt = at,
        SavedBy = by,
    });

    // Overrides store at most 100 characters of the finding's text.
    private static string Clip(string text) => text.Length <= 100 ? text : text[..100];
}

/// <summary>
/// What the editor writes: the content and metadata of a draft, already cleaned (sanitized HTML and its plain text;
/// trimmed fields; the agency's name as 发布机构 when none was given).
/// </summary>
public sealed record ItemContent(
    int ColumnId, string Title, string Publisher, string? DocumentNumber, DateOnly? WrittenOn, string? Topic, string? Keywords, Validity Validity,
    DateOnly? EffectiveOn, DateOnly? EndedOn, string BodyHtml, string BodyText, DateTimeOffset? ScheduledAt, int? InterpretsItemId);

/// <summary>A scan finding that still blocks publication (neither masked nor allowed), and where it is.</summary>
public sealed record OpenFinding(string Where, FindingKind Kind, string Label, string Text, string Masked)
{
    /// <summary>A 密级 marking is never masked nor allowed: the item is returned or not published (涉密信息不上网).</summary>
    public bool IsSecrecyMarking => Kind == FindingKind.SecretMarking;
}

/// <summary>One step of the review chain (append-only): who did what, when, with which comment.</summary>
public sealed class ItemEvent : IAppendOnly
{
    public long Id { get; set; }

    public int ItemId { get; set; }

    public ItemAction Action { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    public string? Comment { get; set; }

    /// <summary>The item's version the step applied to.</summary>
    public int Version { get; set; }
}

/// <summary>A saved version of an item's content, kept for diffs and the record.</summary>
public sealed class ItemVersion : IAppendOnly
{
    public long Id { get; set; }

    public int ItemId { get; set; }

    public int Version { get; set; }

    public required string Title { get; set; }

    public required string BodyHtml { get; set; }

    /// <summary>The metadata at that version, as "name: value" lines.</summary>
    public required string Metadata { get; set; }

    public DateTimeOffset SavedAt { get; set; }

    public required string SavedBy { get; set; }
}

/// <summary>A file published with an item (part of the item: its agency is the item's).</summary>
public sealed class ItemAttachment : IAgencyOwnedPart, IAudited
{
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>The audit verb of an upload.</summary>
    public const string UploadedStep = "上传附件";

    public int Id { get; set; }

    public int ItemId { get; set; }

    public CatalogItem? Item { get; set; }

    IAgencyOwned? IAgencyOwnedPart.Owner => Item;

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Length { get; set; }

    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }

    /// <summary>Text extracted for the scan and search (DOCX/XLSX/PDF where text exists).</summary>
    public string? Text { get; set; }

    public string? AuditAction(AuditedChange change) => change == AuditedChange.Created ? UploadedStep : null;
}

/// <summary>The same item published through another channel (政务微信, 微博, 公报, 公开栏…).</summary>
public sealed class ItemChannel : IAgencyOwnedPart, IAudited
{
    /// <summary>The audit verb of a channel recorded.</summary>
    public const string RecordedStep = "记录发布渠道";

    public int Id { get; set; }

    public int ItemId { get; set; }

    public CatalogItem? Item { get; set; }

    IAgencyOwned? IAgencyOwnedPart.Owner => Item;

    public PublicationChannel Channel { get; set; }

    public DateOnly On { get; set; }

    public string? Link { get; set; }

    public string? AuditAction(AuditedChange change) => change == AuditedChange.Created ? RecordedStep : null;
}

/// <summary>A reviewer's decision to publish despite a scan finding, with the reason (谁审查、谁负责).</summary>
public sealed class ScanOverride : IAgencyOwnedPart, IAudited
{
    /// <summary>The audit verb of a finding allowed.</summary>
    public const string AllowedStep = "审查员允许公开检查项";

    public int Id { get; set; }

    public int ItemId { get; set; }

    public CatalogItem? Item { get; set; }

    IAgencyOwned? IAgencyOwnedPart.Owner => Item;

    /// <summary>The finding's kind and text, as the scanner reported them.</summary>
    public required string Kind { get; set; }

    public required string Text { get; set; }

    public required string Reason { get; set; }

    public required string By { get; set; }

    public DateTimeOffset At { get; set; }

    public string? AuditAction(AuditedChange change) => change == AuditedChange.Created ? AllowedStep : null;
}
